export const locales = ["ru", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ru";
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** A stored or sent locale (a cookie, a profile, a chat's context), or the default when it is none of ours. */
export function localeOrDefault(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** A catalogue item (a tariff, an option, an audience) by its name in the reader's language: English has its own column. */
export function localizedName(item: { name: string; nameEn: string }, locale: string): string {
  return locale === "en" ? item.nameEn : item.name;
}
