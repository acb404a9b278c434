import { sendChatRequest } from "@/components/chat/chat-request";

/** The chat widget listens for this event and opens with the escalation's context. */
export const OPEN_CHAT_EVENT = "portal:open-chat";

export function requestChat(intentId: string) {
  sendChatRequest(OPEN_CHAT_EVENT, { intentId });
}
