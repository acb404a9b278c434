import type { Db } from "@/server/db-client";
import { expireDuePromisedPayments } from "@/server/domain/promised-payments/expire-promised-payments";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** A promised payment is written off within a minute of its due time. */
const INTERVAL_MS = 60_000;

/** No advisory lock: each promised payment is re-read under its account's lock, so instances never expire one twice. */
export function promisedPaymentsJob(getDb: () => Db): ProcessLoop {
  return createProcessLoop({
    name: "promisedPayments.expiry",
    intervalMs: INTERVAL_MS,
    pass: () => expireDuePromisedPayments(getDb(), new Date()),
  });
}
