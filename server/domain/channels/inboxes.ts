import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import type { ChatChannel } from "@/server/generated/prisma/enums";
import { validateInboxSecrets } from "./channel-fields";
import { openSecrets, sealSecrets, tokenHint, type InboxSecrets } from "./inbox-secrets";

/** The channels an inbox can be: the messengers, never the site widget. */
export const MESSENGER_CHANNELS = ["TELEGRAM", "VK", "VIBER", "FACEBOOK"] as const satisfies readonly ChatChannel[];
export type MessengerChannel = (typeof MESSENGER_CHANNELS)[number];

/** An inbox as staff may see it: the token only as its hint. */
export const inboxView = {
  id: true,
  channel: true,
  name: true,
  enabled: true,
  tokenHint: true,
  lastWebhookAt: true,
  lastError: true,
  createdAt: true,
} as const;

/** What the audit keeps of an inbox: never a secret, the token only as its hint. */
export const auditedInbox = (inbox: { channel: string; name: string; enabled: boolean; tokenHint: string }) => ({
  channel: inbox.channel,
  name: inbox.name,
  enabled: inbox.enabled,
  tokenHint: inbox.tokenHint,
});

/** Connects a messenger account (audited, the admin as actor); the secrets are sealed before they reach the database. */
export async function connectInbox(
  db: Db,
  key: Buffer,
  input: {
    channel: MessengerChannel;
    name: string;
    secrets: Partial<InboxSecrets>;
    actor?: Principal | null;
    /** A fixed id (the demo inbox); otherwise a new one. */
    id?: string;
  },
) {
  if (!(MESSENGER_CHANNELS as readonly string[]).includes(input.channel))
    throw new AppError("INVALID_INPUT", { field: "channel" });
  const secrets = validateInboxSecrets(input.channel, input.secrets);
  return db.$transaction(async (tx) => {
    const inbox = await tx.inbox.create({
      data: {
        ...(input.id ? { id: input.id } : {}),
        channel: input.channel,
        name: input.name,
        sealedSecrets: sealSecrets(key, secrets),
        tokenHint: tokenHint(secrets.token),
      },
      select: inboxView,
    });
    await writeAuditEntry(tx, {
      actor: input.actor ?? null,
      action: "inbox.connect",
      entityType: "Inbox",
      entityId: inbox.id,
      details: { before: null, after: auditedInbox(inbox) },
    });
    return inbox;
  });
}

export async function setInboxEnabled(db: Db, inboxId: string, enabled: boolean) {
  return db.inbox.update({ where: { id: inboxId }, data: { enabled }, select: inboxView });
}

/** The inbox with its secrets opened, for the webhook and the outbox only; null when unknown or of another channel. */
export async function loadInbox(db: Db, key: Buffer, inboxId: string, channel?: MessengerChannel) {
  const inbox = await db.inbox.findUnique({ where: { id: inboxId } });
  if (!inbox || (channel && inbox.channel !== channel)) return null;
  return {
    id: inbox.id,
    channel: inbox.channel as MessengerChannel,
    enabled: inbox.enabled,
    secrets: openSecrets(key, inbox.sealedSecrets),
  };
}

export type LoadedInbox = NonNullable<Awaited<ReturnType<typeof loadInbox>>>;

/** The admin status: last webhook and last error (a failed send, a refused setWebhook). */
export async function recordInboxActivity(db: Db, inboxId: string, activity: { webhookAt?: Date; error?: string }) {
  await db.inbox.update({
    where: { id: inboxId },
    data: {
      ...(activity.webhookAt ? { lastWebhookAt: activity.webhookAt } : {}),
      ...(activity.error !== undefined ? { lastError: activity.error.slice(0, 500) } : {}),
    },
  });
}

/** A connection test went through: the last error no longer describes the inbox. */
export async function clearInboxError(db: Db, inboxId: string) {
  await db.inbox.update({ where: { id: inboxId }, data: { lastError: null } });
}
