import type { Db } from "@/server/db-client";
import { startProcessLoop } from "@/server/process-loop";
import { deliverPendingMessages } from "./deliver-pending-messages";
import { developmentOutboxTransport, type MessageTransport } from "./message-transport";

const DEFAULT_INTERVAL_MS = 3_000;

/**
 * Starts sending the outbox every few seconds in this process (idempotent). Several
 * app instances may each run one: claiming in deliverPendingMessages keeps them apart.
 */
export function startDeliveryLoop(
  getDb: () => Db,
  transport: MessageTransport = developmentOutboxTransport,
  intervalMs = DEFAULT_INTERVAL_MS,
): void {
  startProcessLoop("outbox.delivery", intervalMs, () => deliverPendingMessages(getDb(), transport, new Date()));
}
