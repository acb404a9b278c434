// How the report's figures read on screen, in the reader's locale; a missing figure is a dash, never zero.
import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { intlLocale } from "@/i18n/format";

export function metricFormat(locale: Locale, t: Translate) {
  const dash = t("metrics.noValue");
  const number = (value: number, digits: number, extra: Intl.NumberFormatOptions = {}) =>
    new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits, ...extra }).format(value);
  return {
    count: (value: number) => number(value, 0),
    /** A 0–1 share as a percentage with one decimal. */
    share: (value: number | null) =>
      value === null ? dash : number(value, 1, { style: "percent", minimumFractionDigits: 0 }),
    score: (value: number | null) => (value === null ? dash : number(value, 2)),
    /** NPS −100…100, signed. */
    nps: (value: number | null) => (value === null ? dash : number(value, 1, { signDisplay: "exceptZero" })),
    duration: (seconds: number | null) => {
      if (seconds === null) return dash;
      const whole = Math.round(seconds);
      if (whole < 60) return t("metrics.seconds", { s: whole });
      if (whole < 3600) return t("metrics.minutesSeconds", { m: Math.floor(whole / 60), s: whole % 60 });
      return t("metrics.hoursMinutes", { h: Math.floor(whole / 3600), m: Math.floor((whole % 3600) / 60) });
    },
    /** "YYYY-MM-DD" as a short calendar date. */
    day: (day: string, style: "short" | "long" = "short") =>
      new Date(`${day}T12:00:00Z`).toLocaleDateString(intlLocale(locale), {
        day: "numeric",
        month: style === "short" ? "2-digit" : "long",
        ...(style === "long" ? { year: "numeric" } : {}),
        timeZone: "UTC",
      }),
  };
}

export type MetricFormat = ReturnType<typeof metricFormat>;
