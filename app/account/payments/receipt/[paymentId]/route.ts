import { getDb } from "@/server/db";
import { getTranslator } from "@/i18n/server";
import { answerErrors } from "@/server/http/error-response";
import { pdfDownload } from "@/server/http/download";
import { subscriberForRoute } from "@/server/http/subscriber-route";
import { getPaymentReceipt } from "@/server/domain/statements/get-payment-receipt";
import { receiptPdf } from "@/server/reports/receipt-pdf";

export const dynamic = "force-dynamic";

/** The receipt of one of the signed-in subscriber's own payments, as a PDF. */
export async function GET(_request: Request, { params }: { params: Promise<{ paymentId: string }> }) {
  const subscriber = await subscriberForRoute();
  if (subscriber instanceof Response) return subscriber;
  const { paymentId } = await params;
  return answerErrors("receipt failed", async () => {
    const receipt = await getPaymentReceipt(getDb(), subscriber.accountId, paymentId);
    const { locale, t } = await getTranslator();
    return pdfDownload(await receiptPdf(receipt, locale, t), `receipt-${receipt.number}.pdf`);
  });
}
