// Domain errors carry a stable code; server/http/error-table.ts maps codes to transport errors in one place
// and the UI maps them to localized text, so no internal message reaches a user.
import type { Translate } from "@/i18n/translator";

export const appErrorCodes = [
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "INVALID_INPUT",
  "INVALID_CREDENTIALS",
  "RATE_LIMITED",
  "ACCOUNT_DISABLED",
  "INVALID_LOGIN",
  "INVALID_CODE",
  "WEAK_PASSWORD",
  "WRONG_CURRENT_PASSWORD",
  "CONFLICT",
  "INSUFFICIENT_FUNDS",
  "TARIFF_ARCHIVED",
  "SAME_TARIFF",
  "OPTION_UNAVAILABLE",
  "OPTION_INCOMPATIBLE",
  "OPTION_CONFLICT",
  "OPTION_ALREADY_ACTIVE",
  "OPTION_NOT_ACTIVE",
  "ACCOUNT_BLOCKED",
  "CHAT_CLOSED",
  "CHAT_ALREADY_TAKEN",
  "CHAT_LIMIT_REACHED",
  "ALREADY_RATED",
  "NO_OPERATOR_TO_RATE",
  "PAYMENT_DECLINED",
  "CONSENT_REQUIRED",
  "EMAIL_TAKEN",
  "SELF_LOCKOUT",
  "REPLY_WINDOW_CLOSED",
  "CHANNELS_UNAVAILABLE",
  "VERSION_CONFLICT",
  "CODE_TAKEN",
  "OPTION_INCLUDED_BUT_INCOMPATIBLE",
  "SLUG_TAKEN",
  "PROMISED_PAYMENT_TAKEN",
  "PROMISED_PAYMENT_UNAVAILABLE",
  "TOO_MANY_REMINDERS",
  "AUTOPAY_NO_METHOD",
  "PAYMENT_PROVIDER_UNAVAILABLE",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

export function isAppErrorCode(code: unknown): code is AppErrorCode {
  return (appErrorCodes as readonly unknown[]).includes(code);
}

/**
 * A stored error code in words, for staff and subscribers alike: the subscribers' own error text,
 * and the generic one for a code this build does not know (an old row, a newer build), never the code.
 */
export function errorPhrase(t: Translate, code: string): string {
  // RATE_LIMITED names a wait; told after the fact, the shortest one stands in.
  return isAppErrorCode(code) ? t(`errors.${code}`, { minutes: 1 }) : t("errors.INTERNAL");
}

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly details?: Record<string, string | number>,
  ) {
    super(code);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
