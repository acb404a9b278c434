import { randomBytes } from "node:crypto";
import type { Db } from "@/server/db-client";
import { CHANNEL_FIELDS, validateInboxSecrets } from "@/server/domain/channels/channel-fields";
import type { Principal } from "@/server/auth/principal";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import { connectInbox, recordInboxActivity, type MessengerChannel } from "@/server/domain/channels/inboxes";
import type { ChannelAdapter } from "./channel-adapter";

/** The webhook address of an inbox, as the messenger must call it. */
export function webhookUrl(siteUrl: string, channel: MessengerChannel, inboxId: string): string {
  return new URL(`/api/channels/${channel.toLowerCase()}/${encodeURIComponent(inboxId)}`, siteUrl).toString();
}

/** The admin's fields, with the ones we make (Telegram's secret_token) made when not given. */
function withGenerated(channel: MessengerChannel, given: Partial<InboxSecrets>): Partial<InboxSecrets> {
  const secrets = { ...given };
  for (const field of CHANNEL_FIELDS[channel].fields)
    if (field.generated && !secrets[field.key]) secrets[field.key] = randomBytes(24).toString("hex");
  return secrets;
}

/**
 * Stores the inbox (secrets checked per channel and sealed), then points the messenger's webhook at it, or,
 * for VK and Facebook whose admin pastes the address into the messenger's settings, checks the token. A refusal
 * keeps the inbox, with the reason as its last error, so the admin can correct the token and try again. The
 * answer carries the webhook address and who sets it, for the admin to see.
 */
export async function connectChannelInbox(
  db: Db,
  deps: { secretsKey: Buffer; adapter: ChannelAdapter; siteUrl: string },
  input: { name: string; secrets: Partial<InboxSecrets>; actor?: Principal | null; id?: string },
) {
  const channel = deps.adapter.channel;
  const secrets = validateInboxSecrets(channel, withGenerated(channel, input.secrets));
  const inbox = await connectInbox(db, deps.secretsKey, {
    channel,
    name: input.name,
    secrets,
    actor: input.actor,
    id: input.id,
  });
  const url = webhookUrl(deps.siteUrl, channel, inbox.id);
  const setup = { webhookUrl: url, webhookSetup: CHANNEL_FIELDS[channel].webhookSetup };
  try {
    await deps.adapter.connect(secrets, url);
    return { inbox, connected: true as const, ...setup };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await recordInboxActivity(db, inbox.id, { error: message });
    return { inbox, connected: false as const, error: message, ...setup };
  }
}
