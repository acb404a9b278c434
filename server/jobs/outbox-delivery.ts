import type { Db } from "@/server/db-client";
import { channelAdapters, channelSecretsKey, siteUrl } from "@/server/channels/channel-runtime";
import { inboxTransport } from "@/server/channels/inbox-transport";
import { announceDelivery } from "@/server/domain/channels/message-deliveries";
import { relayReplies } from "@/server/domain/channels/relay-replies";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { routingTransport, TransportRefused, type MessageTransport } from "@/server/domain/outbox/message-transport";
import { directTransport, directTransportNames } from "@/server/channels/direct/direct-transport";
import { logger } from "@/server/log";
import { env } from "@/server/env.mjs";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** Short: a messenger reply waits for the next pass. */
const INTERVAL_MS = 1_000;

const noInboxes: MessageTransport = {
  send: () => Promise.reject(new TransportRefused("CHANNEL_SECRETS_KEY_MISSING")),
};

/**
 * Hands messenger chats' new replies to the outbox, then sends the due outbox messages (SMS, e-mail and
 * messenger replies). No lock: each message is claimed before it is sent, so instances never send one twice.
 */
export function outboxDeliveryJob(getDb: () => Db, getEvents: () => ChatEvents): ProcessLoop {
  let transport: MessageTransport | undefined;
  // Which way SMS and e-mail leave, said once at start: "development" in production means nobody receives them.
  logger.info({ event: "outbox.transports", ...directTransportNames(env()) });
  const transportFor = (db: Db) => {
    const secretsKey = channelSecretsKey();
    transport ??= routingTransport({
      direct: directTransport(env()),
      inbox: secretsKey
        ? inboxTransport({ db, secretsKey, adapters: channelAdapters(), events: getEvents(), siteUrl: siteUrl() })
        : noInboxes,
    });
    return transport;
  };
  return createProcessLoop({
    name: "outbox.delivery",
    intervalMs: INTERVAL_MS,
    pass: async () => {
      const db = getDb();
      const events = getEvents();
      const relayed = await relayReplies(db, { siteUrl: siteUrl(), events });
      const announce = (outboxId: string) => announceDelivery(db, events, outboxId);
      return { relayed, ...(await deliverPendingMessages(db, transportFor(db), new Date(), undefined, announce)) };
    },
  });
}
