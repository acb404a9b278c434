import { TRPCClientError } from "@trpc/client";
import type { Translate } from "@/i18n/translator";
import { isAppErrorCode, type AppErrorCode } from "@/server/domain/errors";

/** The domain's code of a refusal, when the failure is one (a field may own it). */
export function appErrorCode(error: unknown): AppErrorCode | null {
  if (!(error instanceof TRPCClientError)) return null;
  const code = (error.data as { appCode?: string | null } | undefined)?.appCode;
  return isAppErrorCode(code) ? code : null;
}

/** Turns any failure into localized text; never shows a server message as is. */
export function errorMessage(error: unknown, t: Translate): string {
  if (error instanceof TRPCClientError) {
    const data = error.data as { appCode?: string | null; details?: Record<string, number> | null } | undefined;
    const code = data?.appCode;
    if (isAppErrorCode(code)) {
      const retry = data?.details?.retryAfterSeconds;
      return t(`errors.${code}`, { minutes: retry ? Math.ceil(retry / 60) : 1 });
    }
  }
  return t("errors.INTERNAL");
}
