import type { Db } from "@/server/db-client";
import { markContactUnreachable, readOutboundImages } from "@/server/domain/channels/contact-delivery";
import { loadInbox, recordInboxActivity, type MessengerChannel } from "@/server/domain/channels/inboxes";
import type { OutboundMessage } from "@/server/domain/channels/outbound";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { TransportRefused, type MessageTransport } from "@/server/domain/outbox/message-transport";
import { BLOCKED_PREFIX, type ChannelAdapter } from "./channel-adapter";
import { signedMediaUrl } from "./media-url";
import { withReviewLinks } from "./review-link";

export interface InboxTransportDeps {
  db: Db;
  secretsKey: Buffer;
  adapters: Partial<Record<MessengerChannel, ChannelAdapter>>;
  /** For the staff note when a contact turns out unreachable. */
  events: ChatEvents;
  /** The site's public address: a picture and a review link leave with signed URLs of it (./media-url.ts). */
  siteUrl: string;
}

/** The outbox's transport for messenger replies: the inbox's adapter delivers, a blocked contact is marked. */
export function inboxTransport(deps: InboxTransportDeps): MessageTransport {
  return {
    async send(message) {
      const inbox = message.inboxId ? await loadInbox(deps.db, deps.secretsKey, message.inboxId) : null;
      if (!inbox?.enabled) throw new TransportRefused("INBOX_DISABLED");
      const adapter = deps.adapters[inbox.channel];
      if (!adapter) throw new TransportRefused("CHANNEL_NOT_SUPPORTED");
      const outbound = withReviewLinks(message.payload as OutboundMessage, deps.siteUrl, deps.secretsKey);
      const images = (await readOutboundImages(deps.db, outbound.imageIds)).map((image) => ({
        ...image,
        url: signedMediaUrl(deps.siteUrl, deps.secretsKey, image.id),
      }));
      try {
        await adapter.deliver(inbox.secrets, message.recipient, outbound, images, { id: message.id });
      } catch (error) {
        if (error instanceof TransportRefused && error.reason.startsWith(BLOCKED_PREFIX))
          await markContactUnreachable(deps.db, deps.events, { inboxId: inbox.id, externalId: message.recipient });
        await recordInboxActivity(deps.db, inbox.id, { error: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    },
  };
}
