import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { Prisma, type Chat } from "@/server/generated/prisma/client";
import { sqlRunner } from "@/server/db-driver";
import type { MessageAuthor } from "@/server/generated/prisma/enums";
import { replyWindowEnd, type ReplyWindowFacts } from "@/server/domain/channels/reply-window";
import { isChatOwner, type ChatParty } from "./chat-party";

/**
 * The chat a party may write into now: its own subscriber or visitor, or the assigned
 * operator, while the chat is open. Gives the author the message will carry and when a messenger stops taking
 * replies (null for channels without a window).
 */
export type WritableChat = Pick<
  Chat,
  "id" | "state" | "accountId" | "visitorToken" | "operatorId" | "firstResponseAt" | "context"
>;

// One statement, the messenger's reply window included, on the driver (server/db-driver.ts): it runs before every
// chat message, and Prisma costs a compile and more per statement.
export async function openChatForWriting(db: Db, party: ChatParty, chatId: string) {
  const [row] = await sqlRunner(db).query<WritableChat & ReplyWindowFacts>(Prisma.sql`
    SELECT c."id", c."state"::text AS "state", c."accountId", c."visitorToken", c."operatorId", c."firstResponseAt",
           c."context", i."channel"::text AS "channel", ct."lastInboundAt"
      FROM "Chat" c
      LEFT JOIN "ChannelChat" cc ON cc."chatId" = c."id"
      LEFT JOIN "ChannelContact" ct ON ct."id" = cc."contactId"
      LEFT JOIN "Inbox" i ON i."id" = ct."inboxId"
     WHERE c."id" = ${chatId}`);
  if (!row) throw new AppError("NOT_FOUND");
  const { channel, lastInboundAt, ...chat } = row;
  const owner = isChatOwner(chat, party);
  const operatorId = party.kind === "staff" && chat.operatorId === party.staffId ? party.staffId : null;
  if (!owner && !operatorId) throw new AppError("NOT_FOUND");
  if (chat.state === "CLOSED" || chat.state === "RATED") throw new AppError("CHAT_CLOSED");
  const author: MessageAuthor = operatorId ? "OPERATOR" : party.kind === "visitor" ? "VISITOR" : "SUBSCRIBER";
  return { chat, owner, operatorId, author, replyWindowEndsAt: replyWindowEnd({ channel, lastInboundAt }) };
}
