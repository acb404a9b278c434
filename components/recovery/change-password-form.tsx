"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { Field, Input } from "@/components/ui/field";
import { newPasswordProblem, serverPasswordErrors, type PasswordFormErrors } from "./check-new-password";
import { FormAlert } from "./form-alert";
import { linkClass, primaryButtonClass, statusClass } from "./form-styles";
import { NewPasswordFields } from "./new-password-fields";

/**
 * /account/security: the change ends every session (the session version moves on),
 * so this tab signs in again with the new password at once and stays signed in.
 */
export function ChangePasswordForm() {
  const t = useTranslations();
  const router = useRouter();
  const change = useApiMutation((api) => api.account.changePassword);
  const [localErrors, setLocalErrors] = useState<PasswordFormErrors | null>(null);
  const [done, setDone] = useState(false);
  const errors = localErrors ?? (change.error ? serverPasswordErrors(change.error, t) : {});

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    const problem = currentPassword
      ? newPasswordProblem(newPassword, String(form.get("repeatPassword") ?? ""), t)
      : { currentPassword: t("errors.required") };
    setLocalErrors(problem);
    setDone(false);
    if (problem) return;
    let login: string;
    try {
      ({ login } = await change.mutateAsync({ currentPassword, newPassword }));
    } catch {
      return; // shown from change.error
    }
    // next-auth's client is fetched only now, to sign in again: the page loads without it.
    const again = await import("next-auth/react")
      .then(({ signIn }) => signIn("credentials", { login, password: newPassword, redirect: false }))
      .catch(() => null);
    if (!again?.ok || again.error) {
      router.push("/login?callbackUrl=%2Faccount%2Fsecurity");
      return;
    }
    formElement.reset();
    setDone(true);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field label={t("security.currentPasswordLabel")} error={errors.currentPassword}>
        {(control) => (
          <Input {...control} name="currentPassword" type="password" autoComplete="current-password" maxLength={200} />
        )}
      </Field>
      <NewPasswordFields errors={errors} />
      <FormAlert error={errors.form} />
      {done && (
        <p role="status" className={statusClass}>
          {t("security.done")}
        </p>
      )}
      <button type="submit" disabled={change.isPending} className={primaryButtonClass}>
        {change.isPending ? t("security.submitting") : t("security.submit")}
      </button>
      <p className="text-center text-sm">
        <Link href="/recover" className={linkClass}>
          {t("security.forgotCurrent")}
        </Link>
      </p>
    </form>
  );
}
