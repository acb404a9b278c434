"use client";

import Link from "next/link";
import { signIn } from "next-auth/react";
import { useId, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import type { Translate } from "@/i18n/translator";

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

  const inputClass = "mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-base";
  return (
    <form onSubmit={onSubmit} noValidate={false} aria-describedby={error ? ids.error : undefined} className="space-y-4">
      <div>
        <label htmlFor={ids.login} className="block text-sm font-medium">
          {t("login.loginLabel")}
        </label>
        <input
          id={ids.login}
          name="login"
          required
          autoComplete="username"
          inputMode="text"
          maxLength={200}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={ids.password} className="block text-sm font-medium">
          {t("login.passwordLabel")}
        </label>
        <input
          id={ids.password}
          name="password"
          type="password"
          required
          autoComplete="current-password"
          maxLength={200}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
      </div>
      {error && (
        <p id={ids.error} role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? t("login.submitting") : t("login.submit")}
      </button>
      <p className="text-center text-sm">
        <Link href="/recover" className="text-brand-700 underline-offset-2 hover:underline">
          {t("login.forgotPassword")}
        </Link>
      </p>
    </form>
  );
}
