"use client";

import { useMutation } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { isResetCodeFormat } from "@/server/domain/recovery/reset-code-format";
import { newPasswordProblem } from "./check-new-password";
import { alertClass, inputClass, primaryButtonClass, statusClass } from "./form-styles";
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
  const trpc = useTRPC();
  const confirm = useMutation(trpc.recovery.confirm.mutationOptions());
  const ids = { code: useId(), error: useId() };
  const codeInput = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? (confirm.error ? errorMessage(confirm.error, t) : null);
  // The page changed under a keyboard user: put them where the next thing to type is.
  useEffect(() => codeInput.current?.focus(), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const code = String(form.get("code") ?? "").replace(/\s/g, "");
    const newPassword = String(form.get("newPassword") ?? "");
    const problem = isResetCodeFormat(code)
      ? newPasswordProblem(newPassword, String(form.get("repeatPassword") ?? ""), t)
      : t("recovery.codeFormat");
    setLocalError(problem);
    if (problem) return;
    confirm.mutate({ login, code, newPassword }, { onSuccess: onDone });
  }

  return (
    <div className="space-y-4">
      <p role="status" className={statusClass}>
        {t("recovery.codeSent", { minutes })}
      </p>
      {demoMode && <DemoOutboxHint />}
      <form onSubmit={onSubmit} noValidate className="space-y-4" aria-describedby={error ? ids.error : undefined}>
        <div>
          <label htmlFor={ids.code} className="block text-sm font-medium">
            {t("recovery.codeLabel")}
          </label>
          <input
            ref={codeInput}
            id={ids.code}
            name="code"
            autoComplete="one-time-code"
            inputMode="numeric"
            pattern="[0-9]*"
            maxLength={6}
            aria-invalid={error ? true : undefined}
            className={`${inputClass} tracking-widest`}
          />
        </div>
        <NewPasswordFields invalid={Boolean(error)} />
        {error && (
          <p id={ids.error} role="alert" className={alertClass}>
            {error}
          </p>
        )}
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
