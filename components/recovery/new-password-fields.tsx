"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/server/domain/recovery/password-rules";
import { inputClass } from "./form-styles";

/** "New password" and "repeat it", read from the form as newPassword and repeatPassword. */
export function NewPasswordFields({ invalid }: { invalid: boolean }) {
  const t = useTranslations();
  const ids = { password: useId(), repeat: useId(), hint: useId() };
  return (
    <>
      <div>
        <label htmlFor={ids.password} className="block text-sm font-medium">
          {t("recovery.newPasswordLabel")}
        </label>
        <input
          id={ids.password}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          aria-describedby={ids.hint}
          aria-invalid={invalid || undefined}
          className={inputClass}
        />
        <p id={ids.hint} className="mt-1 text-xs text-muted">
          {t("recovery.passwordHint", { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH })}
        </p>
      </div>
      <div>
        <label htmlFor={ids.repeat} className="block text-sm font-medium">
          {t("recovery.repeatPasswordLabel")}
        </label>
        <input
          id={ids.repeat}
          name="repeatPassword"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          aria-invalid={invalid || undefined}
          className={inputClass}
        />
      </div>
    </>
  );
}
