"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { appErrorCode, errorMessage } from "@/components/trpc/error-message";
import { Field, Input } from "@/components/ui/field";
import { primaryButtonClass, statusClass } from "./form-styles";
import { FormAlert } from "./form-alert";
import { DemoOutboxHint } from "./demo-outbox-hint";
import { RecoverCodeStep } from "./recover-code-step";
import { RecoveryDone } from "./recovery-done";

type Channel = "SMS" | "EMAIL";
type Step =
  | { kind: "request" }
  | { kind: "code"; login: string; minutes: number }
  | { kind: "emailSent"; minutes: number }
  | { kind: "done" };

/** /recover: ask for a code or link, then (for SMS) type the code and a new password. The step lives here, in the client. */
export function RecoverFlow({ demoMode }: { demoMode: boolean }) {
  const [step, setStep] = useState<Step>({ kind: "request" });
  const startOver = () => setStep({ kind: "request" });
  switch (step.kind) {
    case "request":
      return (
        <RequestStep
          onSent={(login, channel, minutes) =>
            setStep(channel === "SMS" ? { kind: "code", login, minutes } : { kind: "emailSent", minutes })
          }
        />
      );
    case "code":
      return (
        <RecoverCodeStep
          login={step.login}
          minutes={step.minutes}
          demoMode={demoMode}
          onDone={() => setStep({ kind: "done" })}
          onStartOver={startOver}
        />
      );
    case "emailSent":
      return <EmailSent minutes={step.minutes} demoMode={demoMode} onStartOver={startOver} />;
    case "done":
      return <RecoveryDone />;
  }
}

function RequestStep({ onSent }: { onSent: (login: string, channel: Channel, minutes: number) => void }) {
  const t = useTranslations();
  const request = useApiMutation((api) => api.recovery.request);
  const [localError, setLocalError] = useState<string | null>(null);
  // A refusal of the login itself belongs under it; any other (too many requests) to the whole form.
  const serverError = request.error ? errorMessage(request.error, t) : null;
  const loginRefused = appErrorCode(request.error) === "INVALID_LOGIN";
  const loginError = localError ?? (loginRefused ? serverError : null);
  const formError = localError || loginRefused ? undefined : (serverError ?? undefined);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const login = String(form.get("login") ?? "").trim();
    const channel: Channel = form.get("channel") === "EMAIL" ? "EMAIL" : "SMS";
    if (!login) {
      setLocalError(t("errors.required"));
      return;
    }
    setLocalError(null);
    request.mutate(
      { login, channel },
      { onSuccess: (receipt) => onSent(login, receipt.channel, receipt.expiresInMinutes) },
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("recovery.loginLabel")} hint={t("recovery.loginHint")} error={loginError}>
        {(control) => <Input {...control} name="login" autoComplete="username" inputMode="tel" maxLength={200} />}
      </Field>
      <fieldset>
        <legend className="text-sm font-medium">{t("recovery.channelLegend")}</legend>
        <div className="mt-2 space-y-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="channel" value="SMS" defaultChecked className="mt-0.5" />
            <span>{t("recovery.channelSms")}</span>
          </label>
          <label className="flex items-start gap-2 text-sm">
            <input type="radio" name="channel" value="EMAIL" className="mt-0.5" />
            <span>{t("recovery.channelEmail")}</span>
          </label>
        </div>
      </fieldset>
      <FormAlert error={formError} />
      <button type="submit" disabled={request.isPending} className={primaryButtonClass}>
        {request.isPending ? t("recovery.requesting") : t("recovery.requestSubmit")}
      </button>
    </form>
  );
}

function EmailSent({
  minutes,
  demoMode,
  onStartOver,
}: {
  minutes: number;
  demoMode: boolean;
  onStartOver: () => void;
}) {
  const t = useTranslations();
  return (
    <div className="space-y-4">
      <p role="status" className={statusClass}>
        {t("recovery.linkSent", { minutes })}
      </p>
      {demoMode && <DemoOutboxHint />}
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
