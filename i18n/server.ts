import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "./translator";
import { LOCALE_COOKIE, localeOrDefault, type Locale } from "./locales";

/** The reader's interface language: their cookie, or Russian. */
export async function getLocale(): Promise<Locale> {
  return localeOrDefault((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale) };
}
