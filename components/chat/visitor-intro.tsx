"use client";

import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

export interface VisitorDetails {
  name?: string;
  phone?: string;
  consent: boolean;
}

const input = cn(controlClasses, "sm:text-sm");

/** Visitors may leave a name and a phone before the chat; a phone only with consent (the server checks too). */
export function VisitorIntro({
  onStart,
  pending,
  error,
}: {
  onStart: (visitor: VisitorDetails) => void;
  pending: boolean;
  error: string | null;
}) {
  const t = useTranslations();
  const [name, setName] = useState("");
  const [phone, setPhone] = useState("");
  const [consent, setConsent] = useState(false);
  const [missingConsent, setMissingConsent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (phone.trim() && !consent) {
      setMissingConsent(true);
      return;
    }
    setMissingConsent(false);
    onStart({ name: name.trim() || undefined, phone: phone.trim() || undefined, consent });
  };

  return (
    <form onSubmit={submit} className="flex-1 overflow-y-auto p-4 text-sm" data-testid="chat-visitor-intro" noValidate>
      <h3 className="font-semibold">{t("chat.introTitle")}</h3>
      <p className="mt-1 text-muted">{t("chat.introText")}</p>
      <label className="mt-3 block">
        {t("chat.introName")}
        <input
          data-autofocus
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={100}
          autoComplete="name"
          className={input}
        />
      </label>
      <label className="mt-3 block">
        {t("chat.introPhone")}
        <input
          type="tel"
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          maxLength={30}
          autoComplete="tel"
          placeholder="+7"
          aria-invalid={missingConsent}
          aria-describedby={missingConsent ? "chat-consent-error" : undefined}
          className={input}
        />
      </label>
      <label className="mt-3 flex items-start gap-2">
        <input
          type="checkbox"
          checked={consent}
          onChange={(e) => setConsent(e.target.checked)}
          className="mt-0.5 h-4 w-4"
        />
        <span>{t("chat.introConsent")}</span>
      </label>
      {missingConsent && (
        <p id="chat-consent-error" role="alert" className="mt-2 text-danger">
          {t("chat.introConsentNeeded")}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-danger">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className={buttonClasses({ size: "lg", className: "mt-4 w-full" })}>
        {pending ? t("chat.starting") : t("chat.introStart")}
      </button>
    </form>
  );
}
