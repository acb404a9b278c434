import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "@/components/i18n/translate";
import { defaultLocale, isLocale, LOCALE_COOKIE, type Locale } from "@/components/i18n/locales";

export async function getLocale(): Promise<Locale> {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(value) ? value : defaultLocale;
}

export async function getTranslator() {
  const locale = await getLocale();
  return { locale, t: createTranslator(locale) };
}
