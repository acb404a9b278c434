import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { MessageAuthor } from "@/server/generated/prisma/enums";
import { chatChannel } from "@/server/realtime/contract";
import { readChatContext } from "./chat-context";
import { toChatStateView, type ChatEvents } from "./chat-events";
import { assertCanSeeChat, chatOwnerWhere, isChatOwner, isChatStaff, type ChatParty } from "./chat-party";
import { listChatOperators } from "./chat-operators";
import { toMessageView } from "./message-view";
import { getQueueStatus } from "./queue-status";

const PAGE = 200;

/** Messages after a sequence number: the backfill after a reload or a reconnect. Staff notes only for staff. */
export async function listChatMessages(db: Db, party: ChatParty, chatId: string, afterSeq: number) {
  const chat = await db.chat.findUnique({ where: { id: chatId } });
  if (!chat) throw new AppError("NOT_FOUND");
  assertCanSeeChat(chat, party);
  const staff = isChatStaff(chat, party);
  const messages = await db.chatMessage.findMany({
    where: { chatId, seq: { gt: afterSeq }, ...(staff ? {} : { isInternal: false }) },
    orderBy: { seq: "asc" },
    take: PAGE,
    include: { attachments: { select: { id: true } } },
  });
  return { chat: toChatStateView(chat), messages: messages.map(toMessageView), hasMore: messages.length === PAGE };
}

// An unrated chat asks for its rating for a day; after that the widget starts fresh.
const RATING_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The widget's chat: the open one, or the last one still waiting for its rating. */
export async function getCurrentChat(db: Db, events: ChatEvents, party: ChatParty) {
  const owner = chatOwnerWhere(party);
  if (!owner) throw new AppError("FORBIDDEN");
  const chat = await db.chat.findFirst({
    where: {
      ...owner,
      OR: [
        { state: { in: ["BOT", "QUEUED", "ASSIGNED"] } },
        { state: "CLOSED", closedAt: { gte: new Date(Date.now() - RATING_WINDOW_MS) } },
      ],
    },
    orderBy: { createdAt: "desc" },
  });
  if (!chat) return null;
  const [queue, operators] = await Promise.all([
    chat.state === "QUEUED" ? getQueueStatus(db, events, chat) : null,
    listChatOperators(db, chat.id),
  ]);
  return {
    chat: toChatStateView(chat),
    escalated: chat.queuedAt !== null,
    locale: readChatContext(chat.context).locale,
    queue,
    operators,
  };
}

/** Marks the other side's messages up to `upToSeq` as read and tells the other side. */
export async function markChatRead(db: Db, events: ChatEvents, party: ChatParty, chatId: string, upToSeq: number) {
  const chat = await db.chat.findUnique({ where: { id: chatId } });
  if (!chat) throw new AppError("NOT_FOUND");
  assertCanSeeChat(chat, party);
  const ownerReading = isChatOwner(chat, party);
  const otherSide: MessageAuthor[] = ownerReading ? ["OPERATOR", "BOT", "SYSTEM"] : ["SUBSCRIBER", "VISITOR"];
  const now = new Date();
  const marked = await db.chatMessage.updateMany({
    where: { chatId, seq: { lte: upToSeq }, readAt: null, author: { in: otherSide } },
    data: { readAt: now },
  });
  if (marked.count > 0)
    await events.publish(chatChannel(chatId), "read", {
      by: ownerReading ? "owner" : "staff",
      upToSeq,
      at: now.toISOString(),
    });
  return { marked: marked.count };
}
