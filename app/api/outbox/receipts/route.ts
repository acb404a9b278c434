import { getDb } from "@/server/db";
import { env } from "@/server/env.mjs";
import { receiveDeliveryReceipt } from "@/server/channels/direct/receipt-route";
import { answerErrors } from "@/server/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The SMS gateway's delivery receipts (server/channels/direct/receipt-route.ts). */
export function POST(request: Request) {
  const settings = env();
  return answerErrors("outbox.receipt_error", () =>
    receiveDeliveryReceipt(getDb(), request, {
      token: settings.SMS_GATEWAY_RECEIPT_TOKEN,
      idPath: settings.SMS_GATEWAY_RECEIPT_ID_PATH,
      statusPath: settings.SMS_GATEWAY_RECEIPT_STATUS_PATH,
    }),
  );
}
