import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import { connectInbox, recordInboxActivity, type MessengerChannel } from "@/server/domain/channels/inboxes";
import type { ChannelAdapter } from "./channel-adapter";

/** The webhook address of an inbox, as the messenger must call it. */
export function webhookUrl(siteUrl: string, channel: MessengerChannel, inboxId: string): string {
  return new URL(`/api/channels/${channel.toLowerCase()}/${encodeURIComponent(inboxId)}`, siteUrl).toString();
}

/**
 * Stores the inbox (secrets sealed), then points the messenger's webhook at it. A refused setWebhook keeps the
 * inbox, with the reason as its last error, so the admin can correct the token and try again.
 */
export async function connectChannelInbox(
  db: Db,
  deps: { secretsKey: Buffer; adapter: ChannelAdapter; siteUrl: string },
  input: { name: string; secrets: InboxSecrets; actor?: Principal | null; id?: string },
) {
  const inbox = await connectInbox(db, deps.secretsKey, { channel: deps.adapter.channel, ...input });
  try {
    await deps.adapter.connect(input.secrets, webhookUrl(deps.siteUrl, inbox.channel as MessengerChannel, inbox.id));
    return { inbox, connected: true as const };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordInboxActivity(db, inbox.id, { error: message });
    return { inbox, connected: false as const, error: message };
  }
}
