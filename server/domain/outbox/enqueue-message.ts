import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ResetChannel } from "@/server/generated/prisma/enums";

export interface OutgoingMessage {
  channel: ResetChannel;
  /** Phone (+7…) for SMS, address for e-mail. */
  recipient: string;
  subject?: string | null;
  body: string;
  /** Not sent after this (e.g. when the code inside has expired). */
  expiresAt?: Date | null;
  /** Not sent before this (a notice raised in the quiet hours waits for morning); unset, at once. */
  notBefore?: Date | null;
}

/**
 * Puts a message in the outbox inside the caller's transaction: it leaves only if the
 * change that caused it commits, and the delivery loop sends it later (with retries).
 */
export async function enqueueMessage(
  db: Db | Prisma.TransactionClient,
  message: OutgoingMessage,
): Promise<{ id: string }> {
  return db.outboxMessage.create({
    data: {
      channel: message.channel,
      recipient: message.recipient,
      subject: message.subject ?? null,
      body: message.body,
      expiresAt: message.expiresAt ?? null,
      ...(message.notBefore ? { nextAttemptAt: message.notBefore } : {}),
    },
    select: { id: true },
  });
}
