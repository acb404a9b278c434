import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
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
  // Raw: notices and codes enqueue inside their callers' transactions, where a query-builder call costs a
  // millisecond of CPU to compile.
  const id = randomUUID();
  await db.$executeRaw(outboxInsert(id, message));
  return { id };
}

/**
 * The outbox row as one INSERT statement, also for a caller that folds several writes into one (inOneStatement).
 * "At once" is stamped with the app's clock, the one the delivery loop compares with: the database's
 * CURRENT_TIMESTAMP, rounded to the column's milliseconds, could land just after a delivery's `now` taken in
 * the same millisecond and leave the message undue until the next pass.
 */
export function outboxInsert(id: string, message: OutgoingMessage): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "OutboxMessage" ("id", "channel", "recipient", "subject", "body", "expiresAt", "nextAttemptAt")
    VALUES (${id}, ${message.channel}::"ResetChannel", ${message.recipient}, ${message.subject ?? null}, ${message.body},
            ${message.expiresAt ?? null}::timestamp, ${message.notBefore ?? new Date()}::timestamp)`;
}
