import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { formatMoney, formatMoscowDateTime, formatMoscowDay } from "@/i18n/format";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import type { MonthlyStatement } from "@/server/domain/statements/get-monthly-statement";
import { accountLines, brandLine, figureRow, heading, renderPdf } from "./pdf";
import { statementMonthName } from "./statement-csv";

/** The month's statement as a PDF: balances, charges by kind, money in, then every transaction. */
export function statementPdf(statement: MonthlyStatement, locale: Locale, t: Translate, now: Date): Promise<Buffer> {
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const title = t("statements.statementTitle", { month: statementMonthName(statement, locale) });
  const lastDay = new Date(statement.month.to.getTime() - 1);
  return renderPdf({ title, lang: locale }, (doc) => {
    brandLine(doc, t);
    heading(doc, title);
    accountLines(doc, t, statement.account);
    doc.text(
      t("statements.period", {
        from: formatMoscowDay(statement.month.from, locale),
        to: formatMoscowDay(lastDay, locale),
      }),
    );
    doc.moveDown();
    figureRow(doc, t("statements.openingBalance"), money(statement.openingBalance), true);
    doc.moveDown(0.5);

    heading(doc, t("statements.chargesTitle"), 13);
    if (statement.charges.length === 0) doc.text(t("statements.noCharges"));
    for (const c of statement.charges) figureRow(doc, t(`payments.category${c.category}`), money(c.amount));
    if (statement.charges.length > 0) figureRow(doc, t("statements.chargesTotal"), money(statement.chargesTotal), true);
    doc.moveDown(0.5);

    heading(doc, t("statements.creditsTitle"), 13);
    if (statement.credits.length === 0) doc.text(t("statements.noCredits"));
    for (const c of statement.credits) figureRow(doc, t(`payments.type${c.type}`), money(c.amount));
    doc.moveDown(0.5);
    figureRow(doc, t("statements.closingBalance"), money(statement.closingBalance), true);
    doc.moveDown();

    heading(doc, t("statements.entriesTitle"), 13);
    if (statement.entries.length === 0) doc.text(t("statements.noEntries"));
    doc.fontSize(9);
    for (const e of statement.entries) {
      figureRow(doc, `${formatMoscowDateTime(e.createdAt, locale)} · ${ledgerText(t, locale, e)}`, money(e.amount));
    }
    doc.moveDown().fontSize(8).fillColor("#555555");
    doc.text(t("statements.generatedAt", { date: formatMoscowDateTime(now, locale) }));
  });
}
