import type { Db } from "@/server/db-client";
import type { MessageTransport, TransportMessage } from "./message-transport";
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

type Candidate = TransportMessage & { attempts: number };

/**
 * Sends the PENDING messages that are due. Each one is claimed by a conditional
 * update first, so two app instances (or two overlapping runs) never send it twice;
 * a transport failure schedules a retry with backoff and keeps the message.
 */
export async function deliverPendingMessages(
  db: Db,
  transport: MessageTransport,
  now: Date,
  batchSize = DEFAULT_BATCH_SIZE,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, expired: 0 };
  const stale = await db.outboxMessage.updateMany({
    where: { status: "PENDING", expiresAt: { lte: now } },
    data: { status: "FAILED", lastError: "EXPIRED" },
  });
  report.expired = stale.count;
  const due = await db.outboxMessage.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    take: batchSize,
    select: { id: true, channel: true, recipient: true, subject: true, body: true, attempts: true },
  });
  for (const candidate of due) {
    if (!(await claim(db, candidate, now))) continue;
    const attempts = candidate.attempts + 1;
    try {
      await transport.send({
        id: candidate.id,
        channel: candidate.channel,
        recipient: candidate.recipient,
        subject: candidate.subject,
        body: candidate.body,
      });
    } catch (error) {
      const lastError = describeError(error);
      if (shouldRetry(attempts)) {
        const nextAttemptAt = new Date(now.getTime() + retryDelaySeconds(attempts) * 1000);
        await db.outboxMessage.update({ where: { id: candidate.id }, data: { nextAttemptAt, lastError } });
        report.retried++;
      } else {
        await db.outboxMessage.update({ where: { id: candidate.id }, data: { status: "FAILED", lastError } });
        report.failed++;
      }
      continue;
    }
    await db.outboxMessage.update({
      where: { id: candidate.id },
      data: { status: "SENT", sentAt: now, lastError: null },
    });
    report.sent++;
  }
  return report;
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
