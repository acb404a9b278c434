import type { Translate } from "@/i18n/translator";
import { isAppErrorCode, type AppErrorCode } from "@/server/domain/errors";

/** What server/api/trpc.ts's error formatter adds to a refusal. */
interface FailureData {
  appCode?: string | null;
  details?: Record<string, number> | null;
}

/**
 * A tRPC call's failure data. The error is known by its name, not by `instanceof TRPCClientError`: importing that
 * class would put the tRPC client into the first load of every page with a form, and forms fetch it on demand.
 */
function failureData(error: unknown): FailureData | undefined {
  return error instanceof Error && error.name === "TRPCClientError"
    ? (error as { data?: FailureData }).data
    : undefined;
}

/** The domain's code of a refusal, when the failure is one (a field may own it). */
export function appErrorCode(error: unknown): AppErrorCode | null {
  const code = failureData(error)?.appCode;
  return isAppErrorCode(code) ? code : null;
}

/** Turns any failure into localized text; never shows a server message as is. */
export function errorMessage(error: unknown, t: Translate): string {
  const code = appErrorCode(error);
  if (code) {
    const retry = failureData(error)?.details?.retryAfterSeconds;
    return t(`errors.${code}`, { minutes: retry ? Math.ceil(retry / 60) : 1 });
  }
  return t("errors.INTERNAL");
}
