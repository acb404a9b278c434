import { intlLocale, TIME_ZONE } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";

/** A billing day as people read it ("1 января 2027 г."), in Moscow time like every billing date. */
export function formatDay(date: Date | string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(date));
}

/** Megabytes as gigabytes people read ("1,5" in Russian), up to two decimals. */
export function formatGb(mb: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 2 }).format(mb / 1024);
}
