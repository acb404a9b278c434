"use client";

import { Link } from "@/components/ui/link";
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/i18n/translator";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { Field, Input } from "@/components/ui/field";

function signInErrorText(error: string, t: Translate): string {
  const [code, retry] = error.split(":");
  if (code === "RATE_LIMITED") return t("errors.RATE_LIMITED", { minutes: Math.ceil(Number(retry ?? 60) / 60) });
  if (code === "ACCOUNT_DISABLED") return t("errors.ACCOUNT_DISABLED");
  if (code === "INVALID_CREDENTIALS" || code === "CredentialsSignin") return t("errors.INVALID_CREDENTIALS");
  return t("errors.INTERNAL");
}

export function LoginForm({ returnTo }: { returnTo: string }) {
  const t = useTranslations();
  const ids = { login: useId(), password: useId(), error: useId() };
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      // next-auth's client is fetched on submit, the one moment the form needs it: the page loads without it.
      const { signIn } = await import("next-auth/react");
      const result = await signIn("credentials", {
        login: String(form.get("login") ?? ""),
        password: String(form.get("password") ?? ""),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        window.location.assign(returnTo);
        return;
      }
      setError(signInErrorText(result?.error ?? "", t));
    } catch {
      setError(t("errors.INTERNAL"));
    }
    setPending(false);
  }

  const invalid = error ? true : undefined;
  return (
    <form onSubmit={onSubmit} noValidate={false} aria-describedby={error ? ids.error : undefined} className="space-y-4">
      <Field id={ids.login} label={t("login.loginLabel")}>
        {(control) => (
          <Input
            {...control}
            name="login"
            required
            autoComplete="username"
            inputMode="text"
            maxLength={200}
            aria-invalid={invalid}
          />
        )}
      </Field>
      <Field id={ids.password} label={t("login.passwordLabel")}>
        {(control) => (
          <Input
            {...control}
            name="password"
            type="password"
            required
            autoComplete="current-password"
            maxLength={200}
            aria-invalid={invalid}
          />
        )}
      </Field>
      {error && (
        <p id={ids.error} role="alert" className={cn(noticeClasses({ tone: "danger" }), "px-3 py-2 text-sm")}>
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClasses({ size: "lg", className: "w-full" })}>
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
      <p className="text-center text-sm">
        <Link href="/recover" className="text-brand-ink underline-offset-2 hover:underline">
          {t("login.forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
