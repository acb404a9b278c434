import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import { Prisma, type ChatMessage } from "@/server/generated/prisma/client";
import type { MessageAuthor } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";

type Tx = Prisma.TransactionClient;

export interface NewMessage {
  chatId: string;
  author: MessageAuthor;
  text: string;
  operatorId?: string | null;
  clientId?: string | null;
  isInternal?: boolean;
  payload?: Prisma.InputJsonValue;
  now?: Date;
}

/**
 * Stores a message with the chat's next sequence number. Increment and insert are one
 * statement, so concurrent senders get distinct, gap-free numbers on any database, and a
 * refused insert (a resent clientId) gives its number back. One statement also spares
 * Prisma's per-query compilation and a transaction on the hottest write of the product.
 */
export async function appendMessage(db: Db | Tx, message: NewMessage): Promise<ChatMessage> {
  return storedMessage(await db.$queryRaw<ChatMessage[]>(appendMessageStatement(message)));
}

/** appendMessage's one statement, for callers that run it on the driver (server/db-driver.ts). */
export function appendMessageStatement(message: NewMessage): Prisma.Sql {
  const payload = message.payload === undefined ? null : JSON.stringify(message.payload);
  return Prisma.sql`
    WITH next AS (UPDATE "Chat" SET "lastSeq" = "lastSeq" + 1 WHERE "id" = ${message.chatId} RETURNING "lastSeq")
    INSERT INTO "ChatMessage" ("id", "chatId", "seq", "author", "text", "operatorId", "clientId", "isInternal", "payload", "createdAt")
    SELECT ${randomUUID()}, ${message.chatId}, next."lastSeq", ${message.author}::"MessageAuthor", ${message.text},
           ${message.operatorId ?? null}, ${message.clientId ?? null}, ${message.isInternal ?? false}, ${payload}::jsonb, ${message.now ?? new Date()}
      FROM next
    RETURNING "id", "chatId", "seq", "author"::text AS "author", "operatorId", "text", "isInternal", "payload", "clientId", "createdAt", "deliveredAt", "readAt"`;
}

/** The statement's one row; none when the chat does not exist. */
export function storedMessage(rows: ChatMessage[]): ChatMessage {
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}
