"use client";

import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/server/domain/recovery/password-rules";
import { Field, Input, type ControlProps } from "@/components/ui/field";
import type { PasswordFormErrors } from "./check-new-password";

/** A new password's input, read from the form by `name`. */
const passwordInput = (name: "newPassword" | "repeatPassword") =>
  function PasswordInput(control: ControlProps) {
    return (
      <Input {...control} name={name} type="password" autoComplete="new-password" maxLength={PASSWORD_MAX_LENGTH} />
    );
  };

/** "New password" and "repeat it", read from the form as newPassword and repeatPassword, each with its own error. */
export function NewPasswordFields({ errors }: { errors: PasswordFormErrors }) {
  const t = useTranslations();
  return (
    <>
      <Field
        label={t("recovery.newPasswordLabel")}
        hint={t("recovery.passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        error={errors.newPassword}
      >
        {passwordInput("newPassword")}
      </Field>
      <Field label={t("recovery.repeatPasswordLabel")} error={errors.repeatPassword}>
        {passwordInput("repeatPassword")}
      </Field>
    </>
  );
}
