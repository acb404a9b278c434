import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { AppErrorCode } from "@/server/domain/errors";

type TrpcCode = TRPCError["code"];

/**
 * Every domain refusal's transport code, for procedures (server/api/trpc.ts) and route handlers
 * (./error-response.ts) alike. A Record over AppErrorCode, so a new domain code without a row here
 * fails the typecheck instead of falling through to some default status.
 */
const domainRows: Record<AppErrorCode, TrpcCode> = {
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  INVALID_INPUT: "BAD_REQUEST",
  INVALID_CREDENTIALS: "UNAUTHORIZED",
  RATE_LIMITED: "TOO_MANY_REQUESTS",
  ACCOUNT_DISABLED: "FORBIDDEN",
  INVALID_LOGIN: "BAD_REQUEST",
  INVALID_CODE: "BAD_REQUEST",
  WEAK_PASSWORD: "BAD_REQUEST",
  WRONG_CURRENT_PASSWORD: "BAD_REQUEST",
  CONFLICT: "CONFLICT",
  INSUFFICIENT_FUNDS: "PRECONDITION_FAILED",
  TARIFF_ARCHIVED: "PRECONDITION_FAILED",
  SAME_TARIFF: "PRECONDITION_FAILED",
  OPTION_UNAVAILABLE: "PRECONDITION_FAILED",
  OPTION_INCOMPATIBLE: "PRECONDITION_FAILED",
  OPTION_CONFLICT: "CONFLICT",
  OPTION_ALREADY_ACTIVE: "PRECONDITION_FAILED",
  OPTION_NOT_ACTIVE: "PRECONDITION_FAILED",
  ACCOUNT_BLOCKED: "PRECONDITION_FAILED",
  CHAT_CLOSED: "PRECONDITION_FAILED",
  CHAT_ALREADY_TAKEN: "CONFLICT",
  CHAT_LIMIT_REACHED: "PRECONDITION_FAILED",
  ALREADY_RATED: "CONFLICT",
  NO_OPERATOR_TO_RATE: "BAD_REQUEST",
  PAYMENT_DECLINED: "PRECONDITION_FAILED",
  CONSENT_REQUIRED: "PRECONDITION_FAILED",
  EMAIL_TAKEN: "CONFLICT",
  SELF_LOCKOUT: "FORBIDDEN",
  REPLY_WINDOW_CLOSED: "PRECONDITION_FAILED",
  CHANNELS_UNAVAILABLE: "PRECONDITION_FAILED",
  VERSION_CONFLICT: "CONFLICT",
  CODE_TAKEN: "CONFLICT",
  OPTION_INCLUDED_BUT_INCOMPATIBLE: "BAD_REQUEST",
  SLUG_TAKEN: "CONFLICT",
  PROMISED_PAYMENT_TAKEN: "CONFLICT",
  PROMISED_PAYMENT_UNAVAILABLE: "PRECONDITION_FAILED",
  TOO_MANY_REMINDERS: "BAD_REQUEST",
  AUTOPAY_NO_METHOD: "PRECONDITION_FAILED",
  // The provider did not answer in time: the request timed out, nothing was written, and a retry is safe.
  PAYMENT_PROVIDER_UNAVAILABLE: "TIMEOUT",
};

/**
 * Answers no domain rule gives: refusals of the request itself before any domain code runs, and
 * INTERNAL for anything unforeseen, which is all a client ever learns about such a failure.
 */
const transportRows = {
  PAYLOAD_TOO_LARGE: "PAYLOAD_TOO_LARGE",
  UNSUPPORTED_MEDIA_TYPE: "UNSUPPORTED_MEDIA_TYPE",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  INTERNAL: "INTERNAL_SERVER_ERROR",
} as const satisfies Record<string, TrpcCode>;

const errorTable: Readonly<Record<AppErrorCode | keyof typeof transportRows, TrpcCode>> = {
  ...domainRows,
  ...transportRows,
};

/** A code a client may see in an error answer: the domain's, or one of the transport's. */
export type PublicErrorCode = keyof typeof errorTable;

export function trpcCodeOf(code: PublicErrorCode): TrpcCode {
  return errorTable[code];
}

/** tRPC's own status for the row's transport code, so a route handler answers a refusal exactly as a procedure does. */
export function httpStatusOf(code: PublicErrorCode): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code: errorTable[code] }));
}
