import type { Db } from "@/server/db-client";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { developmentOutboxTransport } from "@/server/domain/outbox/message-transport";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

const INTERVAL_MS = 3_000;

/** Sends the due outbox messages every few seconds. No lock: each message is claimed before it is sent, so instances never send one twice. */
export function outboxDeliveryJob(getDb: () => Db): ProcessLoop {
  return createProcessLoop({
    name: "outbox.delivery",
    intervalMs: INTERVAL_MS,
    pass: () => deliverPendingMessages(getDb(), developmentOutboxTransport, new Date()),
  });
}
