import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { Chat } from "@/server/generated/prisma/client";
import type { MessageAuthor } from "@/server/generated/prisma/enums";
import { isChatOwner, type ChatParty } from "./chat-party";

/**
 * The chat a party may write into now: its own subscriber or visitor, or the assigned
 * operator, while the chat is open. Gives the author the message will carry.
 */
export type WritableChat = Pick<
  Chat,
  "id" | "state" | "accountId" | "visitorToken" | "operatorId" | "firstResponseAt" | "context"
>;

// Raw: runs before every chat message, and Prisma compiles each query on the main thread.
export async function openChatForWriting(db: Db, party: ChatParty, chatId: string) {
  const [chat] = await db.$queryRaw<WritableChat[]>`
    SELECT "id", "state"::text AS "state", "accountId", "visitorToken", "operatorId", "firstResponseAt", "context" FROM "Chat" WHERE "id" = ${chatId}`;
  if (!chat) throw new AppError("NOT_FOUND");
  const owner = isChatOwner(chat, party);
  const operatorId = party.kind === "staff" && chat.operatorId === party.staffId ? party.staffId : null;
  if (!owner && !operatorId) throw new AppError("NOT_FOUND");
  if (chat.state === "CLOSED" || chat.state === "RATED") throw new AppError("CHAT_CLOSED");
  const author: MessageAuthor = operatorId ? "OPERATOR" : party.kind === "visitor" ? "VISITOR" : "SUBSCRIBER";
  return { chat, owner, operatorId, author };
}
