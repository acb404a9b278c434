import type { InboundEvent } from "@/server/domain/channels/inbound-event";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import type { OutboundMessage } from "@/server/domain/channels/outbound";

/** The 200 answer's body: JSON (Telegram runs a method given there), or plain text (VK waits for "ok"). */
export type WebhookAnswer = Record<string, unknown> | string;

/** One update in a webhook request, with the messenger's id for it (stored once per inbox). */
export interface WebhookUpdate {
  updateId: string;
  event: InboundEvent;
}

/** What a webhook request turned out to be, before anything is stored. */
export type WebhookReading =
  | { kind: "refused"; code: "UNAUTHENTICATED" | "INVALID_INPUT" }
  /** Valid, but nothing the chat takes (an edited message, VK's confirmation): answered 200 and not stored. */
  | { kind: "ignored"; answer?: WebhookAnswer }
  /** One update (Telegram, VK, Viber) or a batch of them (Facebook's entries). */
  | { kind: "events"; updates: WebhookUpdate[]; answer?: WebhookAnswer };

export interface OutboundImage {
  mimeType: string;
  data: Uint8Array;
  /** Where the messenger may fetch it (signed, short-lived): Viber takes pictures only by URL. */
  url: string;
}

/** The outbox message being delivered: its id stays the same across retries (VK's random_id is made from it). */
export interface DeliveryRef {
  id: string;
}

/**
 * One messenger behind the one inbox interface. Adapters speak HTTP to their messenger and never touch the
 * database; the domain (server/domain/channels) stores, and the outbox retries. Delivery failures are
 * TransportRetryLater (the messenger said to slow down), TransportRefused (for good; "BLOCKED…" when the
 * person blocked the bot) or any other error (retried with backoff).
 */
export interface ChannelAdapter {
  channel: MessengerChannel;
  readWebhook(request: { headers: Headers; body: string }, secrets: InboxSecrets): WebhookReading;
  /** Facebook's GET subscription check: the challenge to echo, or null when the verify token is wrong. */
  verifySubscription?(query: URLSearchParams, secrets: InboxSecrets): string | null;
  /** The bytes of an inbound picture; one over maxBytes is TransportRefused(FILE_TOO_LARGE), unread if it can. */
  downloadImage(secrets: InboxSecrets, fileRef: string, maxBytes: number): Promise<Uint8Array>;
  deliver(
    secrets: InboxSecrets,
    recipient: string,
    message: OutboundMessage,
    images: OutboundImage[],
    ref: DeliveryRef,
  ): Promise<void>;
  /**
   * Points the messenger's webhook at us (Telegram's setWebhook, Viber's set_webhook), or, where the admin
   * pastes the address into the messenger's settings (VK, Facebook), checks that the token works.
   */
  connect(secrets: InboxSecrets, webhookUrl: string): Promise<void>;
  /**
   * "Test the connection": who the token speaks for, by the messenger's own call (Telegram's getMe, VK's
   * groups.getById, Viber's get_account_info, Facebook's /me); rejects as deliver does.
   */
  describeAccount(secrets: InboxSecrets): Promise<ChannelAccount>;
  /**
   * The person's name where the webhook does not carry it (VK's users.get, Facebook's user profile); null when
   * the messenger does not say. Asked once per contact: the name is kept on it.
   */
  contactName?(secrets: InboxSecrets, externalId: string): Promise<string | null>;
}

/** The messenger account behind an inbox, as the messenger names it. */
export interface ChannelAccount {
  name: string;
  /** The public handle (a bot's @username), when the messenger has one. */
  handle: string | null;
}

/** A person's refusal to receive anything more: the contact becomes unreachable. */
export const BLOCKED_PREFIX = "BLOCKED";
/** The messenger does not take the inbox's token (revoked, mistyped, another community's): the admin must fix it. */
export const TOKEN_REJECTED_PREFIX = "TOKEN_REJECTED";

/** A reading of one update. */
export const one = (updateId: string, event: InboundEvent): Extract<WebhookReading, { kind: "events" }> => ({
  kind: "events",
  updates: [{ updateId, event }],
});
/** The reason downloadImage refuses a picture over the size limit: the sender is told, not just "unsupported". */
export const FILE_TOO_LARGE = "FILE_TOO_LARGE";

/** A person's name from the parts a messenger gives (first and last); null when it gives none. */
export function personName(first: string | undefined, last: string | undefined): string | null {
  return [first, last].filter(Boolean).join(" ").trim() || null;
}
