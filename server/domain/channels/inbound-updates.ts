import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import type { InboundEvent } from "./inbound-event";

/**
 * Keeps the webhook update before anything acts on it, once per inbox and update id: a replay (the messenger
 * retrying after a slow answer) gets null and changes nothing.
 */
export async function recordInboundUpdate(
  db: Db,
  input: { inboxId: string; externalId: string; event: InboundEvent; now?: Date },
): Promise<{ id: string } | null> {
  const now = input.now ?? new Date();
  try {
    const stored = await db.inboundUpdate.create({
      data: {
        inboxId: input.inboxId,
        externalId: input.externalId,
        event: input.event as unknown as Prisma.InputJsonValue,
        receivedAt: now,
        // The webhook's own processing, right after this, is the first attempt.
        attempts: 1,
        lastAttemptAt: now,
      },
      select: { id: true },
    });
    await db.inbox.update({ where: { id: input.inboxId }, data: { lastWebhookAt: now } });
    return stored;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export async function markUpdateProcessed(db: Db, updateId: string, now = new Date()): Promise<void> {
  await db.inboundUpdate.update({ where: { id: updateId }, data: { processedAt: now, lastError: null } });
}

export async function recordUpdateFailure(db: Db, updateId: string, error: string): Promise<void> {
  await db.inboundUpdate.update({ where: { id: updateId }, data: { lastError: error.slice(0, 500) } });
}

/** After this many attempts a stored update is left alone (its last error stays for whoever looks). */
export const MAX_UPDATE_ATTEMPTS = 5;
/** The first retry waits this long after the webhook's attempt, then each next one twice as long. */
export const UPDATE_RETRY_BASE_MS = 30_000;

/**
 * Stored updates whose processing failed (or whose process died mid-way), due for another attempt: each is
 * claimed by moving its attempt count, so two instances never process one at once.
 */
export async function claimUnprocessedUpdates(db: Db, now: Date, limit = 20) {
  const candidates = await db.inboundUpdate.findMany({
    where: {
      processedAt: null,
      attempts: { lt: MAX_UPDATE_ATTEMPTS },
      lastAttemptAt: { lte: new Date(now.getTime() - UPDATE_RETRY_BASE_MS) },
    },
    orderBy: { receivedAt: "asc" },
    take: limit * 4,
  });
  const due = candidates.filter(
    (row) =>
      !row.lastAttemptAt ||
      row.lastAttemptAt.getTime() + UPDATE_RETRY_BASE_MS * 2 ** Math.max(0, row.attempts - 1) <= now.getTime(),
  );
  const claimed = [];
  for (const row of due.slice(0, limit)) {
    const moved = await db.inboundUpdate.updateMany({
      where: { id: row.id, attempts: row.attempts, processedAt: null },
      data: { attempts: row.attempts + 1, lastAttemptAt: now },
    });
    if (moved.count === 1) claimed.push({ ...row, event: row.event as unknown as InboundEvent });
  }
  return claimed;
}
