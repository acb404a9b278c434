import type { Db } from "@/server/db-client";
import { createTranslator } from "@/i18n/translator";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { chatStaffChannel } from "@/server/realtime/contract";
import { enqueueOutbound, outboundOf, ratingPrompt } from "./outbound";

const CHATS_PER_PASS = 100;
/** The kept reason of a reply that was never tried: the messenger already refused this contact for good. */
export const CONTACT_UNREACHABLE = "CONTACT_UNREACHABLE";

interface RelayRow {
  chatId: string;
  relayedSeq: number;
  lastSeq: number;
  ratingDue: boolean;
  inboxId: string;
  externalId: string;
  locale: string;
  unreachable: boolean;
}

/**
 * Hands the replies of messenger chats (bot, operator and system lines; never staff notes) to the outbox, in
 * order, each once: a chat's cursor moves by a conditional update in the same transaction as the outbox rows.
 * A chat closed after reaching an operator also gets the rating question. The chat domain is never told.
 */
export async function relayReplies(
  db: Db,
  opts: {
    siteUrl: string;
    now?: Date;
    /** Told of replies refused at once (the contact blocked the bot). */ events?: ChatEvents;
  },
): Promise<number> {
  const rows = await db.$queryRaw<RelayRow[]>`
    SELECT cc."chatId", cc."relayedSeq", c."lastSeq",
           (c."state" = 'CLOSED' AND c."queuedAt" IS NOT NULL AND cc."ratingPromptedAt" IS NULL) AS "ratingDue",
           ct."inboxId", ct."externalId", ct."locale", (ct."unreachableAt" IS NOT NULL) AS "unreachable"
      FROM "ChannelChat" cc
      JOIN "Chat" c ON c."id" = cc."chatId"
      JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
     WHERE c."lastSeq" > cc."relayedSeq"
        OR (c."state" = 'CLOSED' AND c."queuedAt" IS NOT NULL AND cc."ratingPromptedAt" IS NULL)
     LIMIT ${CHATS_PER_PASS}`;
  let relayed = 0;
  for (const row of rows) {
    const { count, refused } = await relayChat(db, row, opts.siteUrl, opts.now ?? new Date());
    relayed += count;
    for (const messageId of refused)
      await opts.events?.publish(chatStaffChannel(row.chatId), "delivery", {
        chatId: row.chatId,
        messageId,
        state: "failed",
        reason: "CONTACT_UNREACHABLE",
      });
  }
  return relayed;
}

async function relayChat(db: Db, row: RelayRow, siteUrl: string, now: Date) {
  return db.$transaction(async (tx) => {
    const messages = await tx.chatMessage.findMany({
      where: { chatId: row.chatId, seq: { gt: row.relayedSeq, lte: row.lastSeq } },
      orderBy: { seq: "asc" },
      include: { attachments: { select: { id: true } } },
    });
    const moved = await tx.channelChat.updateMany({
      where: { chatId: row.chatId, relayedSeq: row.relayedSeq },
      data: { relayedSeq: Math.max(row.relayedSeq, ...messages.map((m) => m.seq)) },
    });
    // Another pass (another instance) took these first.
    if (moved.count === 0) return { count: 0, refused: [] };
    const refusedWith = row.unreachable ? CONTACT_UNREACHABLE : undefined;
    const items: Parameters<typeof enqueueOutbound>[2] = messages
      .filter((m) => !m.isInternal && (m.author === "BOT" || m.author === "OPERATOR" || m.author === "SYSTEM"))
      .map((m) => ({ message: outboundOf(m, siteUrl), chatMessageId: m.id, refusedWith }));
    if (row.ratingDue && !row.unreachable) {
      const prompted = await tx.channelChat.updateMany({
        where: { chatId: row.chatId, ratingPromptedAt: null },
        data: { ratingPromptedAt: now },
      });
      const t = createTranslator(row.locale === "en" ? "en" : "ru");
      if (prompted.count === 1)
        items.push({ message: ratingPrompt("score", t("bot.ratingQuestion"), t("bot.ratingSkip")) });
    }
    await enqueueOutbound(tx, { inboxId: row.inboxId, recipient: row.externalId, chatId: row.chatId }, items, now);
    return { count: items.length, refused: refusedWith ? items.flatMap((item) => item.chatMessageId ?? []) : [] };
  });
}
