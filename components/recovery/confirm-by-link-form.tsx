"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { newPasswordProblem, serverPasswordErrors, type PasswordFormErrors } from "./check-new-password";
import { FormAlert } from "./form-alert";
import { primaryButtonClass } from "./form-styles";
import { NewPasswordFields } from "./new-password-fields";
import { RecoveryDone } from "./recovery-done";

/** /recover/confirm?token=…: the e-mail link proves the mailbox; only the new password is asked. */
export function ConfirmByLinkForm({ token }: { token: string }) {
  const t = useTranslations();
  const confirm = useApiMutation((api) => api.recovery.confirm);
  const [localErrors, setLocalErrors] = useState<PasswordFormErrors | null>(null);
  const errors = localErrors ?? (confirm.error ? serverPasswordErrors(confirm.error, t) : {});

  if (confirm.isSuccess) return <RecoveryDone />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    const problem = newPasswordProblem(newPassword, String(form.get("repeatPassword") ?? ""), t);
    setLocalErrors(problem);
    if (!problem) confirm.mutate({ token, newPassword });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <NewPasswordFields errors={errors} />
      <FormAlert error={errors.form} />
      <button type="submit" disabled={confirm.isPending} className={primaryButtonClass}>
        {confirm.isPending ? t("recovery.confirming") : t("recovery.confirmSubmit")}
      </button>
    </form>
  );
}
