import { randomUUID } from "node:crypto";
import type { RecordedCall } from "./fake-bot-api";
import { SECRET_HEADER } from "./parse-update";

/** One line of a simulated private chat, as the person's Telegram app would show it. */
export interface SimulatedEntry {
  messageId: number;
  from: "user" | "bot";
  /** Unix seconds, as Telegram dates. */
  date: number;
  text: string;
  /** A picture's file_path, downloadable at /file/bot<token>/<path> as any Telegram file. */
  photo: string | null;
  buttons: Array<Array<{ text: string; data: string }>>;
}

/** What a simulated person does: write, send a photo, or press an inline button under a bot message. */
export type SimulatedAction =
  | { kind: "text"; text: string }
  | { kind: "photo"; bytes: Uint8Array; caption: string }
  | { kind: "press"; messageId: number; data: string };

export interface SimulatedPerson {
  id: number;
  firstName: string;
  lastName?: string;
  languageCode: string;
}

type Keyboard = { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> };

/**
 * The people side of the fake Bot API: Telegram's own servers turn what a person does into an Update and POST it
 * to the webhook that setWebhook registered, with its secret token header; this does the same, and keeps each
 * private chat as the person would see it (their lines and the bot's messages with their inline keyboards).
 */
export function createSimulatedChats(files: Map<string, Uint8Array>) {
  const webhooks = new Map<string, { url: string; secret: string | null }>();
  const chats = new Map<string, SimulatedEntry[]>();
  let updateId = 0;
  let messageId = 0;
  const chatOf = (token: string, chatId: string | number) => {
    const key = `${token}/${chatId}`;
    if (!chats.has(key)) chats.set(key, []);
    return chats.get(key)!;
  };
  const now = () => Math.floor(Date.now() / 1000);

  return {
    nextMessageId: () => ++messageId,
    setWebhook(token: string, fields: Record<string, unknown>) {
      webhooks.set(token, { url: String(fields.url ?? ""), secret: (fields.secret_token as string) ?? null });
    },
    /** A message the bot sent (sendMessage, sendPhoto answered ok) lands in the person's chat. */
    botSent(call: RecordedCall, id: number) {
      let photo: string | null = null;
      if (call.photo) {
        photo = `photos/${randomUUID()}.jpg`;
        files.set(photo, call.photo);
      }
      const keyboard = (call.fields.reply_markup ?? {}) as Keyboard;
      chatOf(call.token, String(call.fields.chat_id)).push({
        messageId: id,
        from: "bot",
        date: now(),
        text: String(call.fields.text ?? call.fields.caption ?? ""),
        photo,
        buttons: (keyboard.inline_keyboard ?? []).map((row) =>
          row.map((key) => ({ text: key.text, data: key.callback_data ?? "" })),
        ),
      });
      return photo;
    },
    conversation: (token: string, chatId: string) => chatOf(token, chatId),
    /** Delivers the person's action to the bot's webhook as Telegram would; the webhook's HTTP status comes back. */
    async act(token: string, person: SimulatedPerson, action: SimulatedAction): Promise<number> {
      const webhook = webhooks.get(token);
      if (!webhook?.url) return 404;
      const from = {
        id: person.id,
        is_bot: false,
        first_name: person.firstName,
        ...(person.lastName ? { last_name: person.lastName } : {}),
        language_code: person.languageCode,
      };
      const chat = { id: person.id, type: "private", first_name: person.firstName };
      const entries = chatOf(token, String(person.id));
      let update: Record<string, unknown>;
      if (action.kind === "press") {
        update = {
          callback_query: {
            id: randomUUID(),
            from,
            chat_instance: String(person.id),
            data: action.data,
            message: { message_id: action.messageId, date: now(), chat },
          },
        };
      } else {
        const id = ++messageId;
        const base = { message_id: id, date: now(), from, chat };
        if (action.kind === "text") {
          update = { message: { ...base, text: action.text } };
          entries.push({ messageId: id, from: "user", date: now(), text: action.text, photo: null, buttons: [] });
        } else {
          const path = `photos/${randomUUID()}.jpg`;
          files.set(path, action.bytes);
          const sizes = [{ file_id: path, file_unique_id: path, width: 0, height: 0, file_size: action.bytes.length }];
          update = { message: { ...base, photo: sizes, ...(action.caption ? { caption: action.caption } : {}) } };
          entries.push({ messageId: id, from: "user", date: now(), text: action.caption, photo: path, buttons: [] });
        }
      }
      const response = await fetch(webhook.url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(webhook.secret ? { [SECRET_HEADER]: webhook.secret } : {}) },
        body: JSON.stringify({ update_id: ++updateId, ...update }),
      });
      await response.arrayBuffer();
      return response.status;
    },
  };
}

export type SimulatedChats = ReturnType<typeof createSimulatedChats>;
