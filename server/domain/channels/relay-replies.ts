import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { createTranslator } from "@/i18n/translator";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { chatStaffChannel } from "@/server/realtime/contract";
import { enqueueOutbound, outboundOf } from "./outbound";
import { firstSurveyQuestion, surveyPrompt } from "./survey-steps";

const CHATS_PER_PASS = 100;
/** The kept reason of a reply that was never tried: the messenger already refused this contact for good. */
export const CONTACT_UNREACHABLE = "CONTACT_UNREACHABLE";

interface RelayRow {
  chatId: string;
  relayedSeq: number;
  lastSeq: number;
  ratingDue: boolean;
  /** The chat ended without reaching the queue: the first question is "did the bot help?". */
  botOnly: boolean;
  inboxId: string;
  externalId: string;
  locale: string;
  unreachable: boolean;
}

/**
 * Hands the replies of messenger chats (bot, operator and system lines; never staff notes) to the outbox, in
 * order, each once: a chat's cursor moves by a conditional update in the same transaction as the outbox rows.
 * A chat that ended gets the survey's first question ("resolved?", or "did the bot help?" after the bot alone).
 * The chat domain is never told. Only active rows are read (an index): an ended chat with everything handed
 * over is set inactive here, so the pass costs the open chats, not every chat there ever was.
 */
export async function relayReplies(
  db: Db,
  opts: {
    siteUrl: string;
    now?: Date;
    /** Only this chat, before a reply of the bot's own joins it. */ chatId?: string;
    /** Told of replies refused at once (the contact blocked the bot). */ events?: ChatEvents;
  },
): Promise<number> {
  if (!opts.chatId)
    await db.$executeRaw`
    UPDATE "ChannelChat" cc SET "active" = false
      FROM "Chat" c
     WHERE cc."active" AND c."id" = cc."chatId" AND c."lastSeq" <= cc."relayedSeq"
       AND (c."state" = 'RATED' OR (c."state" = 'CLOSED' AND cc."ratingPromptedAt" IS NOT NULL))`;
  const rows = await db.$queryRaw<RelayRow[]>`
    SELECT cc."chatId", cc."relayedSeq", c."lastSeq",
           (c."state" = 'CLOSED' AND cc."ratingPromptedAt" IS NULL) AS "ratingDue",
           (c."queuedAt" IS NULL) AS "botOnly",
           ct."inboxId", ct."externalId", ct."locale", (ct."unreachableAt" IS NOT NULL) AS "unreachable"
      FROM "ChannelChat" cc
      JOIN "Chat" c ON c."id" = cc."chatId"
      JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
     WHERE cc."active" ${opts.chatId ? Prisma.sql`AND cc."chatId" = ${opts.chatId}` : Prisma.empty}
       AND (c."lastSeq" > cc."relayedSeq" OR (c."state" = 'CLOSED' AND cc."ratingPromptedAt" IS NULL))
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
    const t = createTranslator(row.locale === "en" ? "en" : "ru");
    const labels = { consent: t("messenger.consentButton") };
    const items: Parameters<typeof enqueueOutbound>[2] = messages
      .filter((m) => !m.isInternal && (m.author === "BOT" || m.author === "OPERATOR" || m.author === "SYSTEM"))
      .map((m) => ({ message: outboundOf(m, siteUrl, labels), chatMessageId: m.id, refusedWith }));
    if (row.ratingDue) {
      // Marked even for an unreachable contact, so the chat can settle; nothing is sent to them.
      const prompted = await tx.channelChat.updateMany({
        where: { chatId: row.chatId, ratingPromptedAt: null },
        data: { ratingPromptedAt: now },
      });
      if (prompted.count === 1 && !row.unreachable)
        items.push({ message: surveyPrompt(firstSurveyQuestion(row.botOnly), row.chatId, t) });
    }
    await enqueueOutbound(tx, { inboxId: row.inboxId, recipient: row.externalId, chatId: row.chatId }, items, now);
    return { count: items.length, refused: refusedWith ? items.flatMap((item) => item.chatMessageId ?? []) : [] };
  });
}
