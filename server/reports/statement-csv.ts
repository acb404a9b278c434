// The month's statement as CSV: the summary rows, then every transaction; headers in the reader's language.
import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { formatMoscowDateTime, intlLocale, TIME_ZONE } from "@/i18n/format";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import type { MonthlyStatement } from "@/server/domain/statements/get-monthly-statement";
import { csvDialect, toCsv, type CsvCell } from "./csv";

const roubles = (kopecks: number) => kopecks / 100;

/** "ноябрь 2026 г." / "November 2026". */
export function statementMonthName(statement: MonthlyStatement, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: TIME_ZONE, month: "long", year: "numeric" }).format(
    statement.month.from,
  );
}

export function statementCsv(statement: MonthlyStatement, locale: Locale, t: Translate): string {
  const rows: CsvCell[][] = [
    [t("statements.statementTitle", { month: statementMonthName(statement, locale) })],
    [t("statements.accountNumber", { accountNumber: statement.account.accountNumber })],
    [],
    [t("statements.openingBalance"), roubles(statement.openingBalance)],
    ...statement.charges.map((c) => [t(`payments.category${c.category}`), roubles(-c.amount)]),
    ...statement.credits.map((c) => [t(`payments.type${c.type}`), roubles(c.amount)]),
    [t("statements.closingBalance"), roubles(statement.closingBalance)],
    [],
    [t("statements.columnDate"), t("statements.columnType"), t("statements.columnText"), t("statements.columnAmount")],
    ...statement.entries.map((e) => [
      formatMoscowDateTime(e.createdAt, locale),
      t(`payments.type${e.type}`),
      ledgerText(t, locale, e),
      roubles(e.amount),
    ]),
  ];
  return toCsv(rows, csvDialect(locale));
}

export function statementFileName(statement: MonthlyStatement, extension: "pdf" | "csv"): string {
  return `statement-${statement.account.accountNumber}-${statement.month.key}.${extension}`;
}
