import type { OutboundButton } from "@/server/domain/channels/outbound";
import type { ChannelAdapter } from "../channel-adapter";
import { downloadMedia, fullText } from "../outbound-text";
import { readViberCallback } from "./parse-callback";
import { callViberApi } from "./viber-api";

export const DEFAULT_VIBER_API_BASE_URL = "https://chatapi.viber.com/pa";
/** A keyboard row is 6 columns: rating digits take one each, longer labels a whole row. */
const ROW_COLUMNS = 6;
const SHORT_LABEL = 3;
const PICTURE_TEXT_MAX = 768;

/** Reply buttons: a press sends the ActionBody back as a text message; Silent keeps it out of the person's chat. */
export function viberKeyboard(buttons: OutboundButton[]) {
  if (buttons.length === 0) return {};
  return {
    keyboard: {
      Type: "keyboard",
      DefaultHeight: false,
      Buttons: buttons.map((button) => ({
        ActionType: "reply",
        ActionBody: button.data,
        Text: button.label,
        Columns: button.label.length <= SHORT_LABEL ? 1 : ROW_COLUMNS,
        Rows: 1,
        Silent: true,
      })),
    },
  };
}

/** The Viber REST bot API over plain fetch. Pictures go by URL: Viber fetches our signed media address. */
export function createViberAdapter(opts: { baseUrl?: string } = {}): ChannelAdapter {
  const base = (opts.baseUrl ?? DEFAULT_VIBER_API_BASE_URL).replace(/\/+$/, "");
  return {
    channel: "VIBER",
    readWebhook: (request, secrets) => readViberCallback(request, secrets),
    downloadImage: (_secrets, url, maxBytes) => downloadMedia(url, maxBytes),
    async deliver(secrets, recipient, message, images) {
      const send = (body: Record<string, unknown>) =>
        callViberApi(base, secrets.token, "send_message", {
          receiver: recipient,
          sender: { name: secrets.senderName },
          ...body,
        });
      const text = fullText(message);
      const keyboard = viberKeyboard(message.buttons);
      // The text rides as the last picture's description when it fits and no keyboard needs its own message.
      const captioned = images.length > 0 && text.length <= PICTURE_TEXT_MAX && message.buttons.length === 0;
      for (const [index, image] of images.entries()) {
        const last = index === images.length - 1;
        await send({ type: "picture", text: last && captioned ? text : "", media: image.url });
      }
      if (!captioned && (text || message.buttons.length > 0)) await send({ type: "text", text, ...keyboard });
    },
    async connect(secrets, webhookUrl) {
      await callViberApi(base, secrets.token, "set_webhook", {
        url: webhookUrl,
        event_types: ["subscribed", "unsubscribed", "conversation_started", "message"],
        send_name: true,
        send_photo: false,
      });
    },
    async describeAccount(secrets) {
      // get_account_info takes an empty body; `uri` is the account's public address (viber://pa?chatURI=…).
      const account = await callViberApi(base, secrets.token, "get_account_info", {});
      return { name: String(account.name ?? ""), handle: typeof account.uri === "string" ? account.uri : null };
    },
  };
}
