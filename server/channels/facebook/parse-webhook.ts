import { z } from "zod";
import { parseButtonData, type InboundContact, type InboundEvent } from "@/server/domain/channels/inbound-event";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import type { WebhookReading, WebhookUpdate } from "../channel-adapter";
import { parseJsonBody, sameSecret, validBodySignature } from "../webhook-checks";

export const SIGNATURE_HEADER = "x-hub-signature-256";

const messaging = z.object({
  sender: z.object({ id: z.string() }),
  timestamp: z.number(),
  message: z
    .object({
      mid: z.string(),
      text: z.string().optional(),
      is_echo: z.boolean().optional(),
      quick_reply: z.object({ payload: z.string() }).optional(),
      attachments: z.array(z.object({ type: z.string(), payload: z.object({ url: z.string() }).nullish() })).optional(),
    })
    .optional(),
  postback: z.object({ mid: z.string().optional(), payload: z.string() }).optional(),
});
/** The documented subset of a page webhook (https://developers.facebook.com/docs/messenger-platform/webhooks). */
const webhook = z.object({
  object: z.string(),
  entry: z.array(z.object({ id: z.string(), messaging: z.array(z.unknown()).optional() })),
});

/** Facebook names neither the person nor their language without a profile call: the name stays unknown. */
const contactOf = (psid: string): InboundContact => ({ externalId: psid, name: null, locale: "ru" });

function readMessaging(item: z.infer<typeof messaging>): WebhookUpdate | null {
  const contact = contactOf(item.sender.id);
  const { message: m, postback } = item;
  if (postback) {
    // Our buttons carry their data; any other postback is the page's "Get Started" button.
    const event: InboundEvent = parseButtonData(postback.payload)
      ? { kind: "button", contact, data: postback.payload }
      : { kind: "start", contact };
    return { updateId: postback.mid ?? `postback:${item.sender.id}:${item.timestamp}`, event };
  }
  // Our own sends come back as echoes when the page subscribes to them; delivery and read receipts carry no message.
  if (!m || m.is_echo) return null;
  if (m.quick_reply) return { updateId: m.mid, event: { kind: "button", contact, data: m.quick_reply.payload } };
  const image = m.attachments?.find((a) => a.type === "image" && a.payload?.url);
  if (image?.payload)
    return { updateId: m.mid, event: { kind: "image", contact, fileRef: image.payload.url, caption: m.text || null } };
  if (m.text) return { updateId: m.mid, event: { kind: "text", contact, text: m.text } };
  return { updateId: m.mid, event: { kind: "unsupported", contact } };
}

/**
 * Checks X-Hub-Signature-256 (`sha256=` and the hex HMAC-SHA256 of the raw body under the app secret), then reads
 * every entry's messaging items: one request may batch many, each kept once by its message id.
 */
export function readFacebookWebhook(
  request: { headers: Headers; body: string },
  secrets: InboxSecrets,
): WebhookReading {
  const header = request.headers.get(SIGNATURE_HEADER) ?? "";
  if (!header.startsWith("sha256=") || !validBodySignature(header.slice(7), secrets.webhookSecret, request.body))
    return { kind: "refused", code: "UNAUTHENTICATED" };
  const parsed = webhook.safeParse(parseJsonBody(request.body));
  if (!parsed.success) return { kind: "refused", code: "INVALID_INPUT" };
  if (parsed.data.object !== "page") return { kind: "ignored" };
  const updates: WebhookUpdate[] = [];
  for (const entry of parsed.data.entry)
    for (const raw of entry.messaging ?? []) {
      const item = messaging.safeParse(raw);
      if (!item.success) return { kind: "refused", code: "INVALID_INPUT" };
      const update = readMessaging(item.data);
      if (update) updates.push(update);
    }
  return { kind: "events", updates };
}

/** The GET check when the admin saves the callback URL: echo hub.challenge if the verify token is the inbox's. */
export function verifyFacebookSubscription(query: URLSearchParams, secrets: InboxSecrets): string | null {
  const challenge = query.get("hub.challenge");
  const valid = query.get("hub.mode") === "subscribe" && sameSecret(query.get("hub.verify_token"), secrets.verifyToken);
  return valid && challenge ? challenge : null;
}
