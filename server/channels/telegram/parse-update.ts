import { z } from "zod";
import type { InboundContact } from "@/server/domain/channels/inbound-event";
import { one, personName, type WebhookReading } from "../channel-adapter";
import { parseJsonBody, sameSecret } from "../webhook-checks";

export const SECRET_HEADER = "x-telegram-bot-api-secret-token";

const user = z.object({
  id: z.number(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.object({ id: z.number() });
const message = z.object({
  message_id: z.number(),
  from: user.optional(),
  chat,
  text: z.string().optional(),
  caption: z.string().optional(),
  photo: z.array(z.object({ file_id: z.string(), file_size: z.number().optional() })).optional(),
  contact: z.object({ phone_number: z.string(), user_id: z.number().optional() }).optional(),
  // A picture sent "as a file" comes uncompressed as a document.
  document: z
    .object({ file_id: z.string(), mime_type: z.string().optional(), file_size: z.number().optional() })
    .optional(),
});
/** The documented subset of an Update we read: https://core.telegram.org/bots/api#update */
const update = z.object({
  update_id: z.number().int(),
  message: message.optional(),
  callback_query: z
    .object({ id: z.string(), from: user, data: z.string().optional(), message: z.object({ chat }).optional() })
    .optional(),
});

function contactOf(chatId: number, from: z.infer<typeof user> | undefined): InboundContact {
  return {
    externalId: String(chatId),
    name: personName(from?.first_name, from?.last_name),
    locale: from?.language_code?.startsWith("ru") || !from?.language_code ? "ru" : "en",
  };
}

/** Above this a photo is refused from the update itself, before any download. */
export interface ReadOptions {
  maxImageBytes: number;
}

/** Checks the secret token Telegram sends with each webhook, then reads the update into the normalized event. */
export function readTelegramWebhook(
  request: { headers: Headers; body: string },
  webhookSecret: string | undefined,
  options: ReadOptions = { maxImageBytes: Number.POSITIVE_INFINITY },
): WebhookReading {
  if (!sameSecret(request.headers.get(SECRET_HEADER), webhookSecret))
    return { kind: "refused", code: "UNAUTHENTICATED" };
  const parsed = update.safeParse(parseJsonBody(request.body));
  if (!parsed.success) return { kind: "refused", code: "INVALID_INPUT" };
  const { update_id, message: m, callback_query: press } = parsed.data;
  const updateId = String(update_id);
  if (press) {
    if (!press.message || !press.data) return { kind: "ignored" };
    return {
      ...one(updateId, { kind: "button", contact: contactOf(press.message.chat.id, press.from), data: press.data }),
      // Stops the button's spinner in the person's app, in the webhook answer itself.
      answer: { method: "answerCallbackQuery", callback_query_id: press.id },
    };
  }
  if (!m) return { kind: "ignored" };
  const contact = contactOf(m.chat.id, m.from);
  if (m.text !== undefined) {
    if (/^\/start(\s|@|$)/.test(m.text)) return one(updateId, { kind: "start", contact });
    return one(updateId, { kind: "text", contact, text: m.text });
  }
  // A shared contact is the sender's own only when Telegram says it is theirs (request_contact sends that).
  if (m.contact) {
    const own = m.contact.user_id !== undefined && m.contact.user_id === m.from?.id;
    return one(updateId, { kind: "contact", contact, phone: m.contact.phone_number, own });
  }
  // Telegram sends each photo in several sizes, smallest first: the largest is the one to keep.
  const picture = m.document?.mime_type?.startsWith("image/") ? m.document : undefined;
  const photo = m.photo?.at(-1) ?? picture;
  if (photo && (photo.file_size ?? 0) > options.maxImageBytes)
    return one(updateId, { kind: "unsupported", contact, reason: "tooLarge" });
  if (photo) return one(updateId, { kind: "image", contact, fileRef: photo.file_id, caption: m.caption ?? null });
  return one(updateId, { kind: "unsupported", contact });
}
