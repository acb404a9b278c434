import { z } from "zod";
import { createTranslator } from "@/i18n/translator";
import { parseButtonData, type InboundContact, type InboundEvent } from "@/server/domain/channels/inbound-event";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import { one, type WebhookReading } from "../channel-adapter";
import { parseJsonBody, validBodySignature } from "../webhook-checks";

export const SIGNATURE_HEADER = "x-viber-content-signature";

const user = z.object({ id: z.string(), name: z.string().optional(), language: z.string().optional() });
/** The documented subset of a callback (https://developers.viber.com/docs/api/rest-bot-api/#callbacks). */
const callback = z.object({
  event: z.string(),
  timestamp: z.number(),
  sender: user.optional(),
  user: user.optional(),
  user_id: z.string().optional(),
  message: z.object({ type: z.string(), text: z.string().optional(), media: z.string().optional() }).optional(),
});

/**
 * message_token is a 64-bit number: JSON.parse rounds it to a double, and two tokens could then look alike. The
 * idempotency key is read from the raw body's digits instead.
 */
function rawMessageToken(body: string): string | null {
  return /"message_token"\s*:\s*(\d+)/.exec(body)?.[1] ?? null;
}

const contactOf = (person: z.infer<typeof user>): InboundContact => ({
  externalId: person.id,
  name: person.name?.trim() || null,
  locale: person.language && !person.language.startsWith("ru") ? "en" : "ru",
});

function readMessage(person: z.infer<typeof user>, m: NonNullable<z.infer<typeof callback>["message"]>): InboundEvent {
  const contact = contactOf(person);
  // A keyboard's reply button comes back as a text message carrying the button's ActionBody.
  if (m.type === "text" && m.text && parseButtonData(m.text)) return { kind: "button", contact, data: m.text };
  if (m.type === "text" && m.text) return { kind: "text", contact, text: m.text };
  if (m.type === "picture" && m.media) return { kind: "image", contact, fileRef: m.media, caption: m.text || null };
  return { kind: "unsupported", contact };
}

/**
 * Checks X-Viber-Content-Signature (hex HMAC-SHA256 of the raw body under the auth token), then reads the
 * callback: conversation_started is answered with the welcome in the response itself (Viber allows one message
 * there, before the person subscribes), subscribed opens a chat, unsubscribed makes the contact unreachable, and
 * message is text, a picture or a keyboard reply.
 */
export function readViberCallback(request: { headers: Headers; body: string }, secrets: InboxSecrets): WebhookReading {
  if (!validBodySignature(request.headers.get(SIGNATURE_HEADER), secrets.token, request.body))
    return { kind: "refused", code: "UNAUTHENTICATED" };
  const parsed = callback.safeParse(parseJsonBody(request.body));
  if (!parsed.success) return { kind: "refused", code: "INVALID_INPUT" };
  const c = parsed.data;
  const updateId =
    rawMessageToken(request.body) ?? `${c.event}:${c.timestamp}:${c.sender?.id ?? c.user?.id ?? c.user_id}`;
  if (c.event === "conversation_started" && c.user) {
    const t = createTranslator(contactOf(c.user).locale);
    return { kind: "ignored", answer: { sender: { name: secrets.senderName }, type: "text", text: t("bot.greeting") } };
  }
  if (c.event === "subscribed" && c.user) return one(updateId, { kind: "start", contact: contactOf(c.user) });
  if (c.event === "unsubscribed" && c.user_id)
    return one(updateId, { kind: "unreachable", contact: { externalId: c.user_id, name: null, locale: "ru" } });
  if (c.event === "message") {
    if (!c.sender || !c.message) return { kind: "refused", code: "INVALID_INPUT" };
    return one(updateId, readMessage(c.sender, c.message));
  }
  // webhook (the address check on set_webhook), delivered, seen, failed: nothing to keep.
  return { kind: "ignored" };
}
