import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { MessengerChannel } from "./inboxes";

/**
 * Messengers that let a business answer only for a while after the person's last message. Facebook's standard
 * messaging window is 24 hours; after it the Send API refuses (error 10, subcode 2018278).
 */
export const REPLY_WINDOW_HOURS: Partial<Record<MessengerChannel, number>> = { FACEBOOK: 24 };

/** The channel and the person's last inbound message of a messenger chat, as the queries below read them. */
export interface ReplyWindowFacts {
  channel: string | null;
  lastInboundAt: Date | null;
}

/** When a chat with these facts stops taking replies; null for a chat without a window (the site, Telegram, VK, Viber). */
export function replyWindowEnd(facts: ReplyWindowFacts | undefined): Date | null {
  const hours = facts?.channel ? REPLY_WINDOW_HOURS[facts.channel as MessengerChannel] : undefined;
  if (!facts || hours === undefined || !facts.lastInboundAt) return null;
  return new Date(facts.lastInboundAt.getTime() + hours * 3600_000);
}

/** When the chat's reply window closes; null for a chat without one. */
export async function replyWindowEndsAt(db: Db, chatId: string): Promise<Date | null> {
  // Raw: Prisma compiles each query on the main thread.
  const [row] = await db.$queryRaw<ReplyWindowFacts[]>`
    SELECT i."channel"::text AS "channel", ct."lastInboundAt"
      FROM "ChannelChat" cc
      JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
      JOIN "Inbox" i ON i."id" = ct."inboxId"
     WHERE cc."chatId" = ${chatId}`;
  return replyWindowEnd(row);
}

/** Refuses an operator's reply the messenger would refuse anyway, before it is stored, with the reason in words. */
export function assertReplyWindowOpen(endsAt: Date | null, now: Date): void {
  if (endsAt && endsAt <= now) throw new AppError("REPLY_WINDOW_CLOSED", { endedAt: endsAt.toISOString() });
}
