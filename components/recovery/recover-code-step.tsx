"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { isResetCodeFormat } from "@/server/domain/recovery/reset-code-format";
import { Field, Input } from "@/components/ui/field";
import { newPasswordProblem, serverPasswordErrors, type PasswordFormErrors } from "./check-new-password";
import { FormAlert } from "./form-alert";
import { primaryButtonClass, statusClass } from "./form-styles";
import { DemoOutboxHint } from "./demo-outbox-hint";
import { NewPasswordFields } from "./new-password-fields";

interface Props {
  login: string;
  minutes: number;
  demoMode: boolean;
  onDone: () => void;
  onStartOver: () => void;
}

/** Second step of recovery by SMS: the 6-digit code and the new password. */
export function RecoverCodeStep({ login, minutes, demoMode, onDone, onStartOver }: Props) {
  const t = useTranslations();
  const confirm = useApiMutation((api) => api.recovery.confirm);
  const codeInput = useRef<HTMLInputElement>(null);
  const [localErrors, setLocalErrors] = useState<PasswordFormErrors | null>(null);
  const errors = localErrors ?? (confirm.error ? serverPasswordErrors(confirm.error, t) : {});
  // The page changed under a keyboard user: put them where the next thing to type is.
  useEffect(() => codeInput.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get("code") ?? "").replace(/\s/g, "");
    const newPassword = String(form.get("newPassword") ?? "");
    const problem = isResetCodeFormat(code)
      ? newPasswordProblem(newPassword, String(form.get("repeatPassword") ?? ""), t)
      : { code: t("recovery.codeFormat") };
    setLocalErrors(problem);
    if (problem) return;
    confirm.mutate({ login, code, newPassword }, { onSuccess: onDone });
  }

  return (
    <div className="space-y-4">
      <p role="status" className={statusClass}>
        {t("recovery.codeSent", { minutes })}
      </p>
      {demoMode && <DemoOutboxHint />}
      <form onSubmit={onSubmit} noValidate className="space-y-4">
        <Field label={t("recovery.codeLabel")} error={errors.code}>
          {(control) => (
            <Input
              {...control}
              ref={codeInput}
              name="code"
              autoComplete="one-time-code"
              inputMode="numeric"
              pattern="[0-9]*"
              maxLength={6}
              className="tracking-widest"
            />
          )}
        </Field>
        <NewPasswordFields errors={errors} />
        <FormAlert error={errors.form} />
        <button type="submit" disabled={confirm.isPending} className={primaryButtonClass}>
          {confirm.isPending ? t("recovery.confirming") : t("recovery.confirmSubmit")}
        </button>
      </form>
      <button
        type="button"
        onClick={onStartOver}
        className="text-sm text-brand-ink underline underline-offset-2 hover:no-underline"
      >
        {t("recovery.startOver")}
      </button>
    </div>
  );
}
