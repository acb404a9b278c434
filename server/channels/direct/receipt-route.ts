import type { Db } from "@/server/db-client";
import { recordDeliveryReceipt } from "@/server/domain/outbox/record-delivery-receipt";
import { bearerTokenMatches } from "@/server/observability/metrics-access";
import { errorResponse } from "@/server/http/error-response";
import { valueAt } from "./sms-gateway-transport";

export interface ReceiptSettings {
  /** Unset: receipts are not taken at all. */
  token?: string;
  idPath: string;
  statusPath: string;
}

const MAX_BODY_BYTES = 16_384;

/**
 * POST /api/outbox/receipts: the SMS gateway reports a message's final state by the id it gave on
 * accepting it. The token comes as `Authorization: Bearer …` or `?token=…` (gateways' callback URLs
 * often allow no headers). Answers 200 for any well-formed receipt, known or not, so the gateway does
 * not retry one we cannot use; 401 without the token, 400 for a body that is not a receipt.
 */
export async function receiveDeliveryReceipt(db: Db, request: Request, settings: ReceiptSettings): Promise<Response> {
  const queryToken = new URL(request.url).searchParams.get("token");
  const authorization = request.headers.get("authorization") ?? (queryToken ? `Bearer ${queryToken}` : null);
  if (!bearerTokenMatches(authorization, settings.token)) return errorResponse("UNAUTHENTICATED");
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return errorResponse("PAYLOAD_TOO_LARGE");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return errorResponse("INVALID_INPUT");
  }
  const id = valueAt(body, settings.idPath);
  const status = valueAt(body, settings.statusPath);
  if ((typeof id !== "string" && typeof id !== "number") || typeof status !== "string")
    return errorResponse("INVALID_INPUT");
  const outcome = await recordDeliveryReceipt(db, { providerRef: String(id), status, now: new Date() });
  return Response.json({ ok: true, outcome });
}
