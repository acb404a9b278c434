import { createTranslator as createIcuTranslator, type _Translator } from "use-intl/core";
import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";
import { TIME_ZONE } from "./format";

/** A translator over every namespace: `t("account.greeting", { name })`, ICU plurals and selects included. */
export type Translate = _Translator<Messages>;
export type MessageKey = Parameters<Translate>[0];

/**
 * For code outside a React tree (the bot, system lines in a chat, SMS and e-mail texts):
 * it renders in the locale of whoever will read the text, not of the current request.
 */
export function createTranslator(locale: Locale): Translate {
  return createIcuTranslator({ locale, messages: messagesFor(locale), timeZone: TIME_ZONE });
}
