import type { InboundEvent } from "@/server/domain/channels/inbound-event";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import type { MessengerChannel } from "@/server/domain/channels/inboxes";
import type { OutboundMessage } from "@/server/domain/channels/outbound";

/** What a webhook request turned out to be, before anything is stored. */
export type WebhookReading =
  | { kind: "refused"; code: "UNAUTHENTICATED" | "INVALID_INPUT" }
  /** Valid, but nothing the chat takes (an edited message, a poll): answered 200 and not stored. */
  | { kind: "ignored" }
  | {
      kind: "event";
      /** The messenger's id of this update: stored once per inbox. */
      updateId: string;
      event: InboundEvent;
      /** Body of the 200 answer; Telegram runs a method given there (answerCallbackQuery) without another call. */
      answer?: Record<string, unknown>;
    };

export interface OutboundImage {
  mimeType: string;
  data: Uint8Array;
}

/**
 * One messenger behind the one inbox interface. Adapters speak HTTP to their messenger and never touch the
 * database; the domain (server/domain/channels) stores, and the outbox retries. Delivery failures are
 * TransportRetryLater (the messenger said when), TransportRefused (for good; "BLOCKED…" when the person
 * blocked the bot) or any other error (retried with backoff).
 */
export interface ChannelAdapter {
  channel: MessengerChannel;
  readWebhook(request: { headers: Headers; body: string }, secrets: InboxSecrets): WebhookReading;
  /** The bytes of an inbound picture; refuses one over maxBytes without downloading it. */
  downloadImage(secrets: InboxSecrets, fileRef: string, maxBytes: number): Promise<Uint8Array>;
  deliver(secrets: InboxSecrets, recipient: string, message: OutboundMessage, images: OutboundImage[]): Promise<void>;
  /** Points the messenger's webhook at us (Telegram's setWebhook). */
  connect(secrets: InboxSecrets, webhookUrl: string): Promise<void>;
  /** "Test the connection": who the token speaks for (Telegram's getMe); rejects as deliver does. */
  describeAccount?(secrets: InboxSecrets): Promise<ChannelAccount>;
}

/** The messenger account behind an inbox, as the messenger names it. */
export interface ChannelAccount {
  name: string;
  /** The public handle (a bot's @username), when the messenger has one. */
  handle: string | null;
}

/** A person's refusal to receive anything more: the contact becomes unreachable. */
export const BLOCKED_PREFIX = "BLOCKED";
