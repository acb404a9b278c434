// CSV that Excel opens as it should: a UTF-8 BOM, CRLF lines, fields quoted when they need it.
// Russian Excel expects ";" between fields and a decimal comma; English, "," and a point.

import type { Locale } from "@/i18n/locales";

export type CsvCell = string | number | null;

export interface CsvDialect {
  delimiter: "," | ";";
  decimalComma: boolean;
}

/** What the reader's spreadsheet expects in their language. */
export function csvDialect(locale: Locale): CsvDialect {
  return locale === "ru" ? { delimiter: ";", decimalComma: true } : { delimiter: ",", decimalComma: false };
}

/** Text that a spreadsheet would run as a formula: shown as text instead. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(value: CsvCell, dialect: CsvDialect): string {
  if (value === null) return "";
  if (typeof value === "number") {
    const text = String(Math.round(value * 100) / 100);
    return dialect.decimalComma ? text.replace(".", ",") : text;
  }
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  const needsQuotes = text.includes(dialect.delimiter) || /["\r\n]/.test(text) || text !== text.trim();
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvCell[][], dialect: CsvDialect): string {
  return `\uFEFF${rows.map((row) => row.map((cell) => csvField(cell, dialect)).join(dialect.delimiter)).join("\r\n")}\r\n`;
}
