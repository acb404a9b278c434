import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import { formatMoney, formatMoscowDateTime } from "@/i18n/format";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import type { PaymentReceipt } from "@/server/domain/statements/get-payment-receipt";
import { figureRow, heading, renderPdf } from "./pdf";

/** The receipt of one payment as a PDF: who paid, for which account, how much, when, and the balance after. */
export function receiptPdf(receipt: PaymentReceipt, locale: Locale, t: Translate): Promise<Buffer> {
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  return renderPdf({ title: t("statements.receiptTitle"), lang: locale }, (doc) => {
    doc.fontSize(10).fillColor("#555555").text(t("app.name")).fillColor("black").fontSize(11).moveDown();
    heading(doc, t("statements.receiptTitle"));
    doc.text(t("statements.receiptNumber", { number: receipt.number }));
    doc.text(t("statements.paidAt", { date: formatMoscowDateTime(receipt.paidAt, locale) }));
    doc.moveDown(0.5);
    doc.text(t("statements.subscriber", { name: receipt.account.fullName }));
    doc.text(t("statements.accountNumber", { accountNumber: receipt.account.accountNumber }));
    doc.text(t("statements.phone", { phone: receipt.account.phone }));
    doc.text(t("statements.purpose", { text: ledgerText(t, locale, receipt.text) }));
    if (receipt.providerRef) doc.text(t("statements.providerRef", { ref: receipt.providerRef }));
    doc.moveDown();
    figureRow(doc, t("statements.amount"), money(receipt.amount), true);
    figureRow(doc, t("statements.balanceAfter"), money(receipt.balanceAfter));
  });
}
