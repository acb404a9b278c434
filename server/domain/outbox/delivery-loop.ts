import type { Db } from "@/server/db-client";
import { deliverPendingMessages } from "./deliver-pending-messages";
import { developmentOutboxTransport, type MessageTransport } from "./message-transport";

const DEFAULT_INTERVAL_MS = 3_000;

// One loop per process, however many module copies Next loads.
const globalForLoop = globalThis as unknown as { outboxDeliveryLoop?: ReturnType<typeof setInterval> };

/**
 * Starts sending the outbox every few seconds in this process (idempotent). Several
 * app instances may each run one: claiming in deliverPendingMessages keeps them apart.
 */
export function startDeliveryLoop(
  getDb: () => Db,
  transport: MessageTransport = developmentOutboxTransport,
  intervalMs = DEFAULT_INTERVAL_MS,
): void {
  if (globalForLoop.outboxDeliveryLoop) return;
  let running = false;
  const tick = async () => {
    if (running) return; // a slow transport must not pile up overlapping runs
    running = true;
    try {
      await deliverPendingMessages(getDb(), transport, new Date());
    } catch (error) {
      console.error(JSON.stringify({ event: "outbox.delivery_error", message: error instanceof Error ? error.message : String(error) }));
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref(); // never keeps a process (a test, a build worker) alive
  globalForLoop.outboxDeliveryLoop = timer;
}
