import type { Translate } from "@/i18n/translator";
import { isAcceptablePassword } from "@/server/domain/recovery/password-rules";
import type { AppErrorCode } from "@/server/domain/errors";
import { appErrorCode, errorMessage } from "@/components/trpc/error-message";

/** The fields of the password forms (change, recovery by code, recovery by link). */
export type PasswordField = "currentPassword" | "code" | "newPassword" | "repeatPassword";
/** Each problem under the field it belongs to; `form` for one that belongs to no field. */
export type PasswordFormErrors = Partial<Record<PasswordField | "form", string>>;

/** The form's own check before sending (the server checks the same rule again). */
export function newPasswordProblem(password: string, repeat: string, t: Translate): PasswordFormErrors | null {
  if (!isAcceptablePassword(password)) return { newPassword: t("errors.WEAK_PASSWORD") };
  if (password !== repeat) return { repeatPassword: t("recovery.passwordsDiffer") };
  return null;
}

/** The refusals the domain ties to one field; any other is the whole form's. */
const fieldOfCode: Partial<Record<AppErrorCode, PasswordField>> = {
  WRONG_CURRENT_PASSWORD: "currentPassword",
  INVALID_CODE: "code",
  WEAK_PASSWORD: "newPassword",
};

/** A server refusal placed under its field when the domain names one, else above the button. */
export function serverPasswordErrors(error: unknown, t: Translate): PasswordFormErrors {
  const code = appErrorCode(error);
  const field = code ? fieldOfCode[code] : undefined;
  return { [field ?? "form"]: errorMessage(error, t) };
}
