"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { newPasswordProblem } from "./check-new-password";
import { alertClass, primaryButtonClass } from "./form-styles";
import { NewPasswordFields } from "./new-password-fields";
import { RecoveryDone } from "./recovery-done";

/** /recover/confirm?token=…: the e-mail link proves the mailbox; only the new password is asked. */
export function ConfirmByLinkForm({ token }: { token: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const confirm = useMutation(trpc.recovery.confirm.mutationOptions());
  const errorId = useId();
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? (confirm.error ? errorMessage(confirm.error, t) : null);

  if (confirm.isSuccess) return <RecoveryDone />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    const problem = newPasswordProblem(newPassword, String(form.get("repeatPassword") ?? ""), t);
    setLocalError(problem);
    if (!problem) confirm.mutate({ token, newPassword });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? errorId : undefined}>
      <NewPasswordFields invalid={Boolean(error)} />
      {error && (
        <p id={errorId} role="alert" className={alertClass}>
          {error}
        </p>
      )}
      <button type="submit" disabled={confirm.isPending} className={primaryButtonClass}>
        {confirm.isPending ? t("recovery.confirming") : t("recovery.confirmSubmit")}
      </button>
    </form>
  );
}
