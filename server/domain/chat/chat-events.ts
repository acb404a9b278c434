import {
  chatChannel,
  chatStaffChannel,
  OPERATOR_QUEUE_CHANNEL,
  type ChatMessageView,
  type ChatStateView,
} from "@/server/realtime/contract";
import type { RealtimePublisher } from "@/server/realtime/publisher";
import type { Chat } from "@/server/generated/prisma/client";

export type ChatEvents = Pick<RealtimePublisher, "publish" | "presenceCount">;

export function toChatStateView(chat: Chat): ChatStateView {
  return {
    id: chat.id,
    state: chat.state,
    kind: chat.kind,
    operatorId: chat.operatorId,
    leftRequest: chat.leftRequest,
    lastSeq: chat.lastSeq,
  };
}

/** Published after commit: the database already holds what the event announces. */
export async function announceMessage(events: ChatEvents, message: ChatMessageView): Promise<boolean> {
  // Staff notes travel only on the staff side channel.
  const channel = message.isInternal ? chatStaffChannel(message.chatId) : chatChannel(message.chatId);
  return events.publish(channel, "message", message);
}

export async function announceChatState(events: ChatEvents, chat: Chat): Promise<void> {
  const view = toChatStateView(chat);
  await Promise.all([
    events.publish(chatChannel(chat.id), "state", view),
    events.publish(OPERATOR_QUEUE_CHANNEL, "queue-changed", { chatId: chat.id, state: chat.state }),
  ]);
}
