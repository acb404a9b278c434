import type { OutboundButton, OutboundMessage } from "@/server/domain/channels/outbound";
import { TransportRefused } from "@/server/domain/outbox/message-transport";
import { MAX_IMAGE_BYTES } from "@/server/domain/chat/chat-image-limits";
import { FILE_TOO_LARGE, type ChannelAdapter, type OutboundImage } from "../channel-adapter";
import { fullText } from "../outbound-text";
import { callBotApi, downloadBotFile } from "./telegram-api";
import { readTelegramWebhook } from "./parse-update";

export const DEFAULT_TELEGRAM_API_BASE_URL = "https://api.telegram.org";
const CAPTION_LIMIT = 1024;
const SHORT_LABEL = 3;
const SHORT_PER_ROW = 6;

type InlineKey = { text: string; callback_data: string } | { text: string; url: string };

/** Telegram refuses a URL button to a local address (a demo on localhost): such a link stays in the text. */
const publicUrl = (url: string) => !/^https?:\/\/(localhost|127\.|\[::1\])/i.test(url);

/** Rating digits side by side (a row of 6 at most), longer labels one per row; link buttons last, one per row. */
function inlineKeyboard(buttons: OutboundButton[], links: NonNullable<OutboundMessage["urlButtons"]>) {
  const rows: InlineKey[][] = [];
  for (const button of buttons) {
    const key = { text: button.label, callback_data: button.data };
    const last = rows.at(-1);
    const short = button.label.length <= SHORT_LABEL;
    if (short && last && last.length < SHORT_PER_ROW && last.every((k) => k.text.length <= SHORT_LABEL)) last.push(key);
    else rows.push([key]);
  }
  for (const link of links) rows.push([{ text: link.label, url: link.url }]);
  return rows.length > 0 ? { reply_markup: { inline_keyboard: rows } } : {};
}

/** One button under the input field that shares the person's own phone number (it hides once used). */
function contactKeyboard(label: string) {
  return {
    reply_markup: {
      keyboard: [[{ text: label, request_contact: true }]],
      one_time_keyboard: true,
      resize_keyboard: true,
    },
  };
}

/** The Bot API over plain fetch: the handful of documented methods we use need no SDK. */
export function createTelegramAdapter(opts: { baseUrl?: string } = {}): ChannelAdapter {
  const base = (opts.baseUrl ?? DEFAULT_TELEGRAM_API_BASE_URL).replace(/\/+$/, "");
  const sendPhoto = (token: string, chatId: string, image: OutboundImage, extra: Record<string, unknown>) => {
    const form = new FormData();
    form.set("chat_id", chatId);
    for (const [name, value] of Object.entries(extra))
      form.set(name, typeof value === "string" ? value : JSON.stringify(value));
    form.set(
      "photo",
      new Blob([new Uint8Array(image.data)], { type: image.mimeType }),
      `photo.${image.mimeType.split("/")[1]}`,
    );
    return callBotApi(base, token, "sendPhoto", form);
  };
  return {
    channel: "TELEGRAM",
    readWebhook: (request, secrets) =>
      readTelegramWebhook(request, secrets.webhookSecret, { maxImageBytes: MAX_IMAGE_BYTES }),
    async downloadImage(secrets, fileRef, maxBytes) {
      const file = (await callBotApi(base, secrets.token, "getFile", { file_id: fileRef })) as {
        file_path?: string;
        file_size?: number;
      };
      if (!file.file_path) throw new Error("getFile: no file_path");
      if ((file.file_size ?? 0) > maxBytes) throw new TransportRefused(FILE_TOO_LARGE);
      const bytes = await downloadBotFile(base, secrets.token, file.file_path);
      if (bytes.length > maxBytes) throw new TransportRefused(FILE_TOO_LARGE);
      return bytes;
    },
    async deliver(secrets, recipient, message, images) {
      const links = message.requestContact ? [] : (message.urlButtons ?? []).filter((b) => publicUrl(b.url));
      const text = fullText({ ...message, urlButtons: message.urlButtons?.filter((b) => !links.includes(b)) });
      const keyboard = message.requestContact
        ? contactKeyboard(message.requestContact)
        : inlineKeyboard(message.buttons, links);
      if (images.length === 0) {
        await callBotApi(base, secrets.token, "sendMessage", { chat_id: recipient, text, ...keyboard });
        return;
      }
      // The text rides as the last picture's caption when it fits, otherwise it follows as its own message.
      const captioned = text.length <= CAPTION_LIMIT;
      for (const [index, image] of images.entries()) {
        const last = index === images.length - 1;
        await sendPhoto(
          secrets.token,
          recipient,
          image,
          last && captioned ? { ...(text ? { caption: text } : {}), ...keyboard } : {},
        );
      }
      if (!captioned) await callBotApi(base, secrets.token, "sendMessage", { chat_id: recipient, text, ...keyboard });
    },
    async connect(secrets, webhookUrl) {
      await callBotApi(base, secrets.token, "setWebhook", {
        url: webhookUrl,
        secret_token: secrets.webhookSecret,
        allowed_updates: ["message", "callback_query"],
      });
    },
    async describeAccount(secrets) {
      const me = (await callBotApi(base, secrets.token, "getMe", {})) as { first_name?: string; username?: string };
      return { name: me.first_name ?? "", handle: me.username ? `@${me.username}` : null };
    },
  };
}
