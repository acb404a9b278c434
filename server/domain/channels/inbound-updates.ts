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
  await db.inboundUpdate.update({ where: { id: updateId }, data: { processedAt: now } });
}
