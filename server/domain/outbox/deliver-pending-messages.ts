import type { Db } from "@/server/db-client";

import {
  TransportRefused,
  TransportRetryLater,
  type MessageTransport,
  type TransportMessage,
} from "./message-transport";
import { retryDelaySeconds, shouldRetry } from "./retry-schedule";

/**
 * While one instance sends a message, it is hidden from the others this long. If that
 * instance dies mid-send, the message becomes due again afterwards: delivery is at
 * least once, never lost.
 */
const CLAIM_LEASE_SECONDS = 5 * 60;
const DEFAULT_BATCH_SIZE = 20;
const MAX_ERROR_LENGTH = 500;

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  /** Given up unsent because they expired while delivery kept failing. */
  expired: number;
}

type Candidate = TransportMessage & { attempts: number; orderKey: string | null };

/**
 * Sends the PENDING messages that are due. Each one is claimed by a conditional
 * update first, so two app instances (or two overlapping runs) never send it twice;
 * a transport failure schedules a retry with backoff and keeps the message. Messages
 * sharing an order key (a chat's replies) leave in order: none overtakes an earlier one
 * that is waiting for its retry or being sent elsewhere.
 */
export async function deliverPendingMessages(
  db: Db,
  transport: MessageTransport,
  now: Date,
  batchSize = DEFAULT_BATCH_SIZE,
  /** Told after each attempt has been recorded (sent, retried or failed): the workspace shows a reply's state. */
  onAttempted?: (outboxId: string) => Promise<void>,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, expired: 0 };
  const stale = await db.outboxMessage.updateMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    data: { status: "FAILED", lastError: "EXPIRED" },
  });
  report.expired = stale.count;
  const due = await dueMessages(db, now, batchSize);
  // Keys whose earlier message did not go out in this pass: their later ones wait too.
  const held = new Set<string>();
  for (const candidate of due) {
    const key = candidate.orderKey;
    if (key && held.has(key)) continue;
    if (!(await claim(db, candidate, now))) {
      if (key) held.add(key);
      continue;
    }
    const outcome = await attempt(db, transport, candidate, now);
    report[outcome]++;
    await onAttempted?.(candidate.id);
    if (key && outcome === "retried") held.add(key);
  }
  return report;
}

async function attempt(db: Db, transport: MessageTransport, candidate: Candidate, now: Date) {
  const { attempts: _attempts, orderKey: _orderKey, ...message } = candidate;
  const attempts = candidate.attempts + 1;
  let providerRef: string | null = null;
  try {
    providerRef = (await transport.send(message))?.providerRef ?? null;
  } catch (error) {
    const lastError = describeError(error);
    // Asked to come back later: exactly then, and it does not count towards giving up.
    if (error instanceof TransportRetryLater) {
      const nextAttemptAt = new Date(now.getTime() + Math.max(1, error.retryAfterSeconds) * 1000);
      await db.outboxMessage.update({
        where: { id: candidate.id },
        data: { nextAttemptAt, lastError, attempts: { decrement: 1 } },
      });
      return "retried" as const;
    }
    if (!(error instanceof TransportRefused) && shouldRetry(attempts)) {
      const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(attempts) * 1000);
      await db.outboxMessage.update({ where: { id: candidate.id }, data: { nextAttemptAt, lastError } });
      return "retried" as const;
    }
    await db.outboxMessage.update({ where: { id: candidate.id }, data: { status: "FAILED", lastError } });
    return "failed" as const;
  }
  await db.outboxMessage.update({
    where: { id: candidate.id },
    data: { status: "SENT", sentAt: now, lastError: null, providerRef },
  });
  return "sent" as const;
}

/** Due messages, oldest first, leaving out those behind an earlier message of their key that is not due. */
async function dueMessages(db: Db, now: Date, batchSize: number): Promise<Candidate[]> {
  const rows = await db.$queryRaw<Array<Omit<Candidate, "channel"> & { channel: string | null }>>`
    SELECT m."id", m."channel"::text AS "channel", m."recipient", m."subject", m."body", m."attempts",
           m."inboxId", m."payload", m."orderKey"
      FROM "OutboxMessage" m
     WHERE m."status" = 'PENDING' AND m."nextAttemptAt" <= ${now}
       AND (m."orderKey" IS NULL OR NOT EXISTS (
             SELECT 1 FROM "OutboxMessage" e
              WHERE e."orderKey" = m."orderKey" AND e."status" = 'PENDING'
                AND e."sequence" < m."sequence" AND e."nextAttemptAt" > ${now}))
     ORDER BY m."sequence"
     LIMIT ${batchSize}`;
  return rows.map((row) => ({ ...row, channel: row.channel as Candidate["channel"] }));
}

/** Takes the message only if nobody has since: same attempt count, still PENDING and due. */
async function claim(db: Db, candidate: Candidate, now: Date): Promise<boolean> {
  const { count } = await db.outboxMessage.updateMany({
    where: { id: candidate.id, status: "PENDING", attempts: candidate.attempts, nextAttemptAt: { lte: now } },
    data: { attempts: { increment: 1 }, nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_SECONDS * 1000) },
  });
  return count === 1;
}

function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, MAX_ERROR_LENGTH);
}
