import type { Translate } from "@/i18n/translator";
import { isAcceptablePassword } from "@/server/domain/recovery/password-rules";

/** The form's own check before sending (the server checks the same rule again). */
export function newPasswordProblem(password: string, repeat: string, t: Translate): string | null {
  if (!isAcceptablePassword(password)) return t("errors.WEAK_PASSWORD");
  if (password !== repeat) return t("recovery.passwordsDiffer");
  return null;
}
