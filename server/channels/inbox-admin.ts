import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { deliveryReason } from "@/server/domain/channels/delivery-reason";
import { askedFields, invalidChannelFields } from "@/server/domain/channels/channel-fields";
import type { InboxSecrets } from "@/server/domain/channels/inbox-secrets";
import {
  clearInboxError,
  loadInbox,
  MESSENGER_CHANNELS,
  recordInboxActivity,
  type MessengerChannel,
} from "@/server/domain/channels/inboxes";
import type { ChannelAdapter } from "./channel-adapter";
import { channelAdapters, channelSecretsKey, siteUrl } from "./channel-runtime";
import { connectChannelInbox } from "./connect-channel-inbox";

export interface InboxAdminDeps {
  secretsKey: Buffer | null;
  adapters: Partial<Record<MessengerChannel, ChannelAdapter>>;
  siteUrl: string;
}

export function inboxAdminDeps(): InboxAdminDeps {
  return { secretsKey: channelSecretsKey(), adapters: channelAdapters(), siteUrl: siteUrl() };
}

/** The channels the page can connect now: every channel with an adapter in this build, once a key is set. */
export function connectableChannels(deps: InboxAdminDeps): MessengerChannel[] {
  if (!deps.secretsKey) return [];
  return MESSENGER_CHANNELS.filter((channel) => deps.adapters[channel]);
}

const requireKey = (deps: InboxAdminDeps) => {
  if (!deps.secretsKey) throw new AppError("CHANNELS_UNAVAILABLE");
  return deps.secretsKey;
};

/**
 * The admin's form becomes a connected inbox: the fields are checked by the channel's list (channel-fields.ts),
 * the ones it marks generated are made by connectChannelInbox, and the messenger is pointed at our webhook (or,
 * where the admin pastes the address, the token is checked). A refusal keeps the inbox with its reason, so the
 * admin sees why and can test again; the answer carries the webhook address for the admin to paste.
 */
export async function connectInboxFromForm(
  db: Db,
  deps: InboxAdminDeps,
  actor: Principal,
  input: { channel: string; name: string; fields: Record<string, string> },
) {
  const secretsKey = requireKey(deps);
  const channel = connectableChannels(deps).find((c) => c === input.channel);
  if (!channel) throw new AppError("INVALID_INPUT", { field: "channel" });
  const invalid = invalidChannelFields(channel, input.fields);
  if (invalid.length > 0) throw new AppError("INVALID_INPUT", { field: invalid[0]! });
  const secrets: Partial<InboxSecrets> = {};
  for (const field of askedFields(channel)) secrets[field.key] = input.fields[field.key];
  const connection = await connectChannelInbox(
    db,
    { secretsKey, adapter: deps.adapters[channel]!, siteUrl: deps.siteUrl },
    { name: input.name, secrets, actor },
  );
  const shown = {
    inboxId: connection.inbox.id,
    name: connection.inbox.name,
    webhookUrl: connection.webhookUrl,
    webhookSetup: connection.webhookSetup,
  };
  return connection.connected
    ? { ...shown, connected: true as const }
    : { ...shown, connected: false as const, reason: deliveryReason(connection.error) ?? "OTHER" };
}

/** Asks the messenger who the token speaks for; a failure is kept as the inbox's last error, a success clears it. */
export async function testChannelInbox(db: Db, deps: InboxAdminDeps, inboxId: string) {
  const inbox = await loadInbox(db, requireKey(deps), inboxId);
  if (!inbox) throw new AppError("NOT_FOUND");
  const adapter = deps.adapters[inbox.channel];
  if (!adapter?.describeAccount) return { ok: false as const, reason: "CHANNEL_NOT_SUPPORTED" as const };
  try {
    const account = await adapter.describeAccount(inbox.secrets);
    await clearInboxError(db, inbox.id);
    return { ok: true as const, account };
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    await recordInboxActivity(db, inbox.id, { error: message });
    return { ok: false as const, reason: deliveryReason(message) ?? "OTHER" };
  }
}
