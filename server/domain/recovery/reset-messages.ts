import { createTranslator } from "@/i18n/translator";
import { localeOrDefault } from "@/i18n/locales";
import { env } from "@/server/env.mjs";
import type { OutgoingMessage } from "@/server/domain/outbox/enqueue-message";
import { RESET_TTL_MINUTES } from "./reset-secrets";

interface Recipient {
  phone: string;
  email: string | null;
  fullName: string;
  locale: string;
}

const translatorFor = (account: Recipient) => createTranslator(localeOrDefault(account.locale));

export function resetCodeSms(account: Recipient, code: string): OutgoingMessage {
  const t = translatorFor(account);
  return {
    channel: "SMS",
    recipient: account.phone,
    body: t("recovery.smsBody", { code, minutes: RESET_TTL_MINUTES }),
  };
}

/** The address people open from their mailbox: the portal's public URL. */
export function resetLinkUrl(token: string): string {
  const settings = env();
  const origin = settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`;
  return `${origin.replace(/\/$/, "")}/recover/confirm?token=${encodeURIComponent(token)}`;
}

export function resetLinkEmail(account: Recipient & { email: string }, token: string): OutgoingMessage {
  const t = translatorFor(account);
  return {
    channel: "EMAIL",
    recipient: account.email,
    subject: t("recovery.emailSubject"),
    body: t("recovery.emailBody", { name: account.fullName, link: resetLinkUrl(token), minutes: RESET_TTL_MINUTES }),
  };
}
