import { randomBytes } from "node:crypto";
import { RateLimiterMemory, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Db } from "@/server/db-client";
import type { ChannelAdapter } from "@/server/channels/channel-adapter";
import { connectChannelInbox, webhookUrl } from "@/server/channels/connect-channel-inbox";
import { inboxTransport } from "@/server/channels/inbox-transport";
import { receiveWebhook, verifyWebhook } from "@/server/channels/receive-webhook";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import { announceDelivery } from "@/server/domain/channels/message-deliveries";
import { relayReplies } from "@/server/domain/channels/relay-replies";
import type { ReceiveDeps } from "@/server/domain/channels/receive-inbound-event";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
import { recordingPublisher } from "./recording-publisher";

export const TEST_SITE_URL = "https://portal.test";

/**
 * An inbox of any channel wired as in production (webhook handler, domain, outbox, adapter) against a local
 * fake messenger API: `send` hands a webhook request to the handler, `deliver` runs one relay and outbox pass.
 */
export async function channelInboxHarness(
  db: Db,
  opts: { adapter: ChannelAdapter; secrets: Partial<InboxSecrets>; name?: string },
) {
  const { adapter } = opts;
  const secretsKey = randomBytes(32);
  const connected = await connectChannelInbox(
    db,
    { secretsKey, adapter, siteUrl: TEST_SITE_URL },
    { name: opts.name ?? "Бот поддержки", secrets: opts.secrets },
  );
  const { inbox } = connected;
  const events = recordingPublisher();
  const receive: ReceiveDeps = {
    events,
    limiter: new RateLimiterMemory({ points: 1000, duration: 1 }),
    // This file's own SMS-code limits, so tests do not share the process's.
    throttle: new RecoveryThrottle(),
    siteUrl: TEST_SITE_URL,
  };
  const transport = inboxTransport({
    db,
    secretsKey,
    adapters: { [adapter.channel]: adapter },
    events,
    siteUrl: TEST_SITE_URL,
  });
  const deps = { db, secretsKey, adapter, receive };
  const urlOf = (inboxId = inbox.id) => webhookUrl(TEST_SITE_URL, adapter.channel, inboxId);
  return {
    connected,
    inbox,
    secretsKey,
    events,
    receive,
    urlOf,
    /** A POST of this body with these headers to the inbox's webhook (at a given time, under a flood limit). */
    send: (
      body: string,
      headers: HeadersInit,
      inboxId = inbox.id,
      opts: { now?: Date; flood?: RateLimiterAbstract } = {},
    ) =>
      receiveWebhook(new Request(urlOf(inboxId), { method: "POST", headers, body }), inboxId, {
        ...deps,
        now: opts.now ? () => opts.now! : undefined,
        flood: opts.flood,
      }),
    /** A GET of the webhook address with this query (Facebook's verification). */
    verify: (query: Record<string, string>, inboxId = inbox.id) =>
      verifyWebhook(new Request(`${urlOf(inboxId)}?${new URLSearchParams(query)}`), inboxId, deps),
    deliver: async (now = new Date()) => {
      // As the outbox job wires it: the workspace hears of each reply's delivery.
      await relayReplies(db, { siteUrl: TEST_SITE_URL, now, events });
      return deliverPendingMessages(db, transport, now, undefined, (id) => announceDelivery(db, events, id));
    },
  };
}

export type ChannelInboxHarness = Awaited<ReturnType<typeof channelInboxHarness>>;

/** A delivered message as every channel's test reads it: its text, its buttons and its pictures' bytes or URLs. */
export interface SentMessage {
  text: string;
  buttons: Array<{ label: string; data: string }>;
  pictures: Array<Uint8Array | string>;
}

/**
 * One messenger as the shared tests drive it: webhook bodies it would send, posted as it would sign them (or
 * signed wrongly), and what reached its fake API, read back in one shape.
 */
export interface ChannelDriver {
  harness: ChannelInboxHarness;
  /** The channel's word in tests' names. */
  label: string;
  post(body: unknown, opts?: { auth?: "wrong" | "missing"; raw?: string; inboxId?: string }): Promise<Response>;
  start(): unknown;
  text(text: string): unknown;
  photo(url: string, caption: string): unknown;
  press(button: { label: string; data: string }): unknown;
  sent(): SentMessage[];
  fake: {
    addFile(bytes: Uint8Array): string;
    setDown(down: boolean): void;
    close(): Promise<void>;
    /** The next `count` sends answer the messenger's rate-limit error. */
    rateLimitNext(count: number): void;
    /** Calls that tried to send a message, answered or not. */
    sendAttempts(): number;
  };
}
