import { TRPCClientError } from "@trpc/client";
import type { Translate } from "@/i18n/translator";
import { isAppErrorCode } from "@/server/domain/errors";

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
