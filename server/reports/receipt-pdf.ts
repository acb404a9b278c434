import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { formatMoney, formatMoscowDateTime } from "@/i18n/format";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import type { PaymentReceipt } from "@/server/domain/statements/get-payment-receipt";
import { accountLines, brandLine, figureRow, heading, renderPdf } from "./pdf";

/** The receipt of one payment as a PDF: who paid, for which account, how much, when, and the balance after. */
export function receiptPdf(receipt: PaymentReceipt, locale: Locale, t: Translate): Promise<Buffer> {
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  return renderPdf({ title: t("statements.receiptTitle"), lang: locale }, (doc) => {
    brandLine(doc, t);
    heading(doc, t("statements.receiptTitle"));
    doc.text(t("statements.receiptNumber", { number: receipt.number }));
    doc.text(t("statements.paidAt", { date: formatMoscowDateTime(receipt.paidAt, locale) }));
    doc.moveDown(0.5);
    accountLines(doc, t, receipt.account);
    doc.text(t("statements.purpose", { text: ledgerText(t, locale, receipt.text) }));
    if (receipt.providerRef) doc.text(t("statements.providerRef", { ref: receipt.providerRef }));
    doc.moveDown();
    figureRow(doc, t("statements.amount"), money(receipt.amount), true);
    figureRow(doc, t("statements.balanceAfter"), money(receipt.balanceAfter));
  });
}
