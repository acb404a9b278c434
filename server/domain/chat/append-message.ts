import type { Prisma, ChatMessage } from "@/server/generated/prisma/client";
import type { MessageAuthor } from "@/server/generated/prisma/enums";

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
 * Stores a message with the chat's next sequence number. The increment is one
 * UPDATE, so concurrent senders get distinct, gap-free numbers on any database.
 */
export async function appendMessage(tx: Tx, message: NewMessage): Promise<ChatMessage> {
  const chat = await tx.chat.update({ where: { id: message.chatId }, data: { lastSeq: { increment: 1 } }, select: { lastSeq: true } });
  return tx.chatMessage.create({
    data: {
      chatId: message.chatId,
      seq: chat.lastSeq,
      author: message.author,
      text: message.text,
      operatorId: message.operatorId ?? null,
      clientId: message.clientId ?? null,
      isInternal: message.isInternal ?? false,
      payload: message.payload,
      createdAt: message.now,
    },
  });
}
