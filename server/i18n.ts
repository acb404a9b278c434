import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "@/components/i18n/translate";
import { LOCALE_COOKIE, localeOrDefault, type Locale } from "@/components/i18n/locales";

export async function getLocale(): Promise<Locale> {
  return localeOrDefault((await cookies()).get(LOCALE_COOKIE)?.value);
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale) };
}
