import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { isLedgerTextCode, LEDGER_TEXTS } from "@/server/domain/payments/ledger-text";

export interface LedgerTextEntry {
  textCode: string;
  /** JSON from the database: checked here, because old or hand-written rows may not fit. */
  textParams?: unknown;
}

/**
 * A ledger entry's text in the reader's language, from its code and parameters. One pure
 * function, so the subscriber's ledger and the operator's panel say the same thing.
 */
export function ledgerText(t: Translate, locale: Locale, entry: LedgerTextEntry): string {
  const code = entry.textCode;
  const params = isRecord(entry.textParams) ? entry.textParams : {};
  // A code this build does not know (written by a newer one) still reads as a transaction.
  if (!isLedgerTextCode(code)) return t("ledger.unknown");
  if (code === "LEGACY_TEXT") return typeof params.text === "string" ? params.text : t("ledger.unknown");
  const values: Record<string, string | number> = {};
  for (const name of LEDGER_TEXTS[code]) {
    const shown = paramText(params[name], locale);
    // Better a plain "transaction" than a sentence with a hole in it.
    if (shown === null) return t("ledger.unknown");
    values[name] = shown;
  }
  return t(`ledger.${code}`, values);
}

// Built once per language: a statement reads dozens of entries, and each formatter costs about a millisecond.
const monthFormat: Record<Locale, Intl.DateTimeFormat> = {
  ru: new Intl.DateTimeFormat("ru-RU", { month: "long", year: "numeric", timeZone: "UTC" }),
  en: new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" }),
};

function paramText(value: unknown, locale: Locale): string | number | null {
  if (typeof value === "string" || typeof value === "number") return value;
  if (!isRecord(value)) return null;
  // A localized name: the reader's language, else whichever the entry has.
  const name = value[locale] ?? value.ru ?? value.en;
  if (typeof name === "string") return name;
  if (typeof value.month === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(value.month)) {
    return monthFormat[locale].format(new Date(`${value.month}-01T00:00:00Z`));
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
