import { z } from "zod";
import type { InboundContact, InboundEvent } from "@/server/domain/channels/inbound-event";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import { one, type WebhookReading } from "../channel-adapter";
import { parseJsonBody, sameSecret } from "../webhook-checks";

/** Every Callback API request but the confirmation must be answered with exactly "ok", or VK sends it again. */
export const VK_OK = "ok";

const photoSize = z.object({ url: z.string(), width: z.number().optional(), height: z.number().optional() });
const message = z.object({
  peer_id: z.number(),
  from_id: z.number().optional(),
  text: z.string().optional(),
  payload: z.string().optional(),
  attachments: z
    .array(z.object({ type: z.string(), photo: z.object({ sizes: z.array(photoSize) }).optional() }))
    .optional(),
});
/** The documented subset of a Callback API request (https://dev.vk.com/ru/api/callback/getting-started). */
const callback = z.object({
  type: z.string(),
  group_id: z.number(),
  event_id: z.string().optional(),
  secret: z.string().optional(),
  object: z.unknown().optional(),
});
const messageNew = z.object({
  message,
  client_info: z.object({ lang_id: z.number().optional() }).optional(),
});
const messageDeny = z.object({ user_id: z.number() });

/** Our button data rides in the button's payload, a JSON string VK hands back when it is pressed. */
export const buttonPayload = (data: string) => JSON.stringify({ b: data });

function pressed(payload: string | undefined): { button: string } | { start: true } | null {
  const parsed = z
    .object({ b: z.string().optional(), command: z.string().optional() })
    .safeParse(parseJsonBody(payload ?? ""));
  if (!parsed.success) return null;
  if (parsed.data.b) return { button: parsed.data.b };
  // The community's "Start" button sends {"command":"start"}.
  return parsed.data.command === "start" ? { start: true } : null;
}

/** VK's largest picture size: sizes come in several letters, and width × height tells them apart. */
function largestPhoto(m: z.infer<typeof message>): string | null {
  const sizes = m.attachments?.find((a) => a.type === "photo")?.photo?.sizes ?? [];
  const area = (s: z.infer<typeof photoSize>) => (s.width ?? 0) * (s.height ?? 0);
  return (
    sizes.reduce<z.infer<typeof photoSize> | null>((best, s) => (!best || area(s) > area(best) ? s : best), null)
      ?.url ?? null
  );
}

function readMessage(data: z.infer<typeof messageNew>): InboundEvent {
  const m = data.message;
  // lang_id 3 is English; VK's other languages read the Russian texts.
  const contact: InboundContact = {
    externalId: String(m.peer_id),
    name: null,
    locale: data.client_info?.lang_id === 3 ? "en" : "ru",
  };
  const press = pressed(m.payload);
  if (press && "start" in press) return { kind: "start", contact };
  if (press) return { kind: "button", contact, data: press.button };
  const photo = largestPhoto(m);
  if (photo) return { kind: "image", contact, fileRef: photo, caption: m.text || null };
  if (m.text) return { kind: "text", contact, text: m.text };
  return { kind: "unsupported", contact };
}

/**
 * Reads one Callback API request. The confirmation of the address is answered with the inbox's confirmation
 * string when it names our community; every other request must carry the inbox's secret key (else 401), and
 * message_new and message_deny become events kept once per event_id.
 */
export function readVkCallback(request: { body: string }, secrets: InboxSecrets): WebhookReading {
  const parsed = callback.safeParse(parseJsonBody(request.body));
  if (!parsed.success) return { kind: "refused", code: "INVALID_INPUT" };
  const body = parsed.data;
  const ours = String(body.group_id) === secrets.groupId;
  if (body.type === "confirmation") {
    // VK sends the secret with the confirmation too when one is set; an address check names no secret otherwise.
    const trusted = ours && (body.secret === undefined || sameSecret(body.secret, secrets.webhookSecret));
    return trusted
      ? { kind: "ignored", answer: secrets.confirmation ?? "" }
      : { kind: "refused", code: "UNAUTHENTICATED" };
  }
  if (!ours || !sameSecret(body.secret, secrets.webhookSecret)) return { kind: "refused", code: "UNAUTHENTICATED" };
  if (body.type === "message_new" || body.type === "message_deny") {
    if (!body.event_id) return { kind: "refused", code: "INVALID_INPUT" };
    if (body.type === "message_deny") {
      const deny = messageDeny.safeParse(body.object);
      if (!deny.success) return { kind: "refused", code: "INVALID_INPUT" };
      const contact = { externalId: String(deny.data.user_id), name: null, locale: "ru" as const };
      return { ...one(body.event_id, { kind: "unreachable", contact }), answer: VK_OK };
    }
    const data = messageNew.safeParse(body.object);
    if (!data.success) return { kind: "refused", code: "INVALID_INPUT" };
    return { ...one(body.event_id, readMessage(data.data)), answer: VK_OK };
  }
  return { kind: "ignored", answer: VK_OK };
}
