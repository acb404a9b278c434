import type { Locale } from "./locales";

/** Moscow time for every date a person reads: billing days and metrics are Moscow days (PRODUCT.md). */
export const TIME_ZONE = "Europe/Moscow";

/** The Intl locale behind each interface language (British English: day-month dates, 24-hour time). */
export function intlLocale(locale: Locale): string {
  return locale === "ru" ? "ru-RU" : "en-GB";
}

// Intl formatters are built once per locale and shape: constructing one costs about a millisecond of CPU,
// and statements, notices and lists format hundreds of amounts and dates.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, build: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) formatters.set(key, (formatter = build()));
  return formatter;
}

/** Money is stored in kopecks; shown in roubles in the reader's locale. */
export function formatMoney(kopecks: number, locale: Locale): string {
  const whole = kopecks % 100 === 0;
  return cached(
    `money:${locale}:${whole}`,
    () =>
      new Intl.NumberFormat(intlLocale(locale), {
        style: "currency",
        currency: "RUB",
        currencyDisplay: "narrowSymbol",
        minimumFractionDigits: whole ? 0 : 2,
      }),
  ).format(kopecks / 100);
}

/** A moment as Moscow date and time ("5 декабря 2026 г., 14:03"), for files read outside the page (PDF, CSV). */
export function formatMoscowDateTime(at: Date, locale: Locale): string {
  return cached(
    `dateTime:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: "long", timeStyle: "short" }),
  ).format(at);
}

/** A Moscow calendar day ("05.12.2026"). */
export function formatMoscowDay(at: Date, locale: Locale): string {
  return cached(
    `day:${locale}`,
    () => new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, dateStyle: "short" }),
  ).format(at);
}
