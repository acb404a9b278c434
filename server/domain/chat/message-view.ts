import type { ChatMessage } from "@/server/generated/prisma/client";

export interface BotPayload {
  articles?: Array<{ slug: string; title: string }>;
  quickReplies?: string[];
  /** The operator asks permission to make changes for the subscriber (answered with a button). */
  consentRequest?: boolean;
}

export interface ChatMessageView {
  id: string;
  chatId: string;
  seq: number;
  author: ChatMessage["author"];
  text: string;
  isInternal: boolean;
  payload: BotPayload | null;
  clientId: string | null;
  createdAt: string;
  deliveredAt: string | null;
  readAt: string | null;
  attachmentIds: string[];
}

/** What clients see of a message; the same shape over the API and over realtime. */
export function toMessageView(message: ChatMessage & { attachments?: Array<{ id: string }> }): ChatMessageView {
  return {
    id: message.id,
    chatId: message.chatId,
    seq: message.seq,
    author: message.author,
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
