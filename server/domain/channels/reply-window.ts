import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { MessengerChannel } from "./inboxes";

/**
 * Messengers that let a business answer only for a while after the person's last message. Facebook's standard
 * messaging window is 24 hours; after it the Send API refuses (error 10, subcode 2018278).
 */
export const REPLY_WINDOW_HOURS: Partial<Record<MessengerChannel, number>> = { FACEBOOK: 24 };

/** When the chat's reply window closes; null for a chat without one (the site, Telegram, VK, Viber). */
export async function replyWindowEndsAt(db: Db, chatId: string): Promise<Date | null> {
  // Raw: it runs before each operator message, and Prisma compiles each query on the main thread.
  const [row] = await db.$queryRaw<Array<{ channel: string; lastInboundAt: Date | null }>>`
    SELECT i."channel"::text AS "channel", ct."lastInboundAt"
      FROM "ChannelChat" cc
      JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
      JOIN "Inbox" i ON i."id" = ct."inboxId"
     WHERE cc."chatId" = ${chatId}`;
  const hours = row ? REPLY_WINDOW_HOURS[row.channel as MessengerChannel] : undefined;
  if (!row || hours === undefined || !row.lastInboundAt) return null;
  return new Date(row.lastInboundAt.getTime() + hours * 3600_000);
}

/** Refuses an operator's reply the messenger would refuse anyway, before it is stored, with the reason in words. */
export async function assertReplyWindowOpen(db: Db, chatId: string, now: Date): Promise<void> {
  const endsAt = await replyWindowEndsAt(db, chatId);
  if (endsAt && endsAt <= now) throw new AppError("REPLY_WINDOW_CLOSED", { endedAt: endsAt.toISOString() });
}
