import type { ChatMessage } from "@/server/generated/prisma/client";
import type { BotPayload, ChatMessageView } from "@/server/realtime/contract";

/** A stored message as the contract's ChatMessageView: the same shape over the API and over realtime. */
export function toMessageView(message: ChatMessage & { attachments?: Array<{ id: string }> }): ChatMessageView {
  return {
    id: message.id,
    chatId: message.chatId,
    seq: message.seq,
    author: message.author,
    operatorId: message.operatorId,
    text: message.text,
    isInternal: message.isInternal,
    payload: (message.payload as BotPayload | null) ?? null,
    clientId: message.clientId,
    createdAt: message.createdAt.toISOString(),
    deliveredAt: message.deliveredAt?.toISOString() ?? null,
    readAt: message.readAt?.toISOString() ?? null,
    attachmentIds: message.attachments?.map((a) => a.id) ?? [],
  };
}
