import { sendChatRequest } from "./chat-request";

/** A banner's call to action asks the chat widget (anywhere on the page) to open a sales chat about its offer. */
export const OPEN_SALES_CHAT_EVENT = "portal:open-sales-chat";

export interface OpenSalesChatDetail {
  bannerId: string;
  topic: string;
}

export function requestSalesChat(detail: OpenSalesChatDetail): void {
  sendChatRequest(OPEN_SALES_CHAT_EVENT, detail);
}
