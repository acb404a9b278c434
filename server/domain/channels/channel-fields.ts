import { AppError } from "@/server/domain/errors";
import type { InboxSecrets } from "./inbox-secrets";
import type { MessengerChannel } from "./inboxes";

/*
 * Shared with the browser: the admin form shows and checks exactly the fields the server checks, so this file
 * imports nothing that needs the server.
 */

export type InboxSecretKey = keyof InboxSecrets;

/** One thing the admin types (or we generate) to connect an inbox; its words are `channelFields.<channel>.<key>`. */
export interface ChannelField {
  key: InboxSecretKey;
  /** Sealed and never shown back (only the token's last characters are). */
  secret: boolean;
  /** Made by us when the inbox is connected (Telegram's secret_token): not asked of the admin. */
  generated?: boolean;
  minLength: number;
  maxLength: number;
  pattern?: RegExp;
}

/**
 * What each channel needs, in the order an admin form asks for it. `webhookSetup` says who points the messenger
 * at our webhook: we do (Telegram's setWebhook, Viber's set_webhook), or the admin pastes the URL into the
 * messenger's settings (VK's Callback API page, Facebook's app dashboard).
 */
export const CHANNEL_FIELDS: Record<
  MessengerChannel,
  { webhookSetup: "automatic" | "manual"; fields: readonly ChannelField[] }
> = {
  TELEGRAM: {
    webhookSetup: "automatic",
    fields: [
      { key: "token", secret: true, minLength: 10, maxLength: 200, pattern: /^\d+:[\w-]+$/ },
      { key: "webhookSecret", secret: true, generated: true, minLength: 16, maxLength: 256, pattern: /^[\w-]+$/ },
    ],
  },
  VK: {
    webhookSetup: "manual",
    fields: [
      { key: "groupId", secret: false, minLength: 1, maxLength: 20, pattern: /^\d+$/ },
      { key: "token", secret: true, minLength: 20, maxLength: 400 },
      { key: "confirmation", secret: false, minLength: 4, maxLength: 64, pattern: /^\w+$/ },
      // VK's own rule for the secret key: Latin letters and digits, up to 50.
      { key: "webhookSecret", secret: true, minLength: 8, maxLength: 50, pattern: /^[a-zA-Z0-9]+$/ },
    ],
  },
  VIBER: {
    webhookSetup: "automatic",
    fields: [
      { key: "token", secret: true, minLength: 20, maxLength: 200 },
      { key: "senderName", secret: false, minLength: 1, maxLength: 28 },
    ],
  },
  FACEBOOK: {
    webhookSetup: "manual",
    fields: [
      { key: "pageId", secret: false, minLength: 1, maxLength: 30, pattern: /^\d+$/ },
      { key: "token", secret: true, minLength: 20, maxLength: 1000 },
      { key: "webhookSecret", secret: true, minLength: 16, maxLength: 128 },
      { key: "verifyToken", secret: true, minLength: 8, maxLength: 128 },
    ],
  },
};

export const INBOX_NAME_MAX = 100;

export function isChannelWithFields(channel: string): channel is MessengerChannel {
  return Object.hasOwn(CHANNEL_FIELDS, channel);
}

/** What the admin types for a channel: its fields but the ones we make. */
export function askedFields(channel: MessengerChannel): ChannelField[] {
  return CHANNEL_FIELDS[channel].fields.filter((field) => !field.generated);
}

function fits(field: ChannelField, value: string): boolean {
  const sized = value.length >= field.minLength && value.length <= field.maxLength;
  return sized && (!field.pattern || field.pattern.test(value));
}

/** The asked fields that are missing or malformed (values trimmed first); empty when the form is complete. */
export function invalidChannelFields(channel: MessengerChannel, values: Record<string, string | undefined>): string[] {
  return askedFields(channel)
    .filter((field) => !fits(field, values[field.key]?.trim() ?? ""))
    .map((field) => field.key);
}

/** The secrets of one channel, each field checked; anything the channel does not use is dropped. */
export function validateInboxSecrets(channel: MessengerChannel, given: Partial<InboxSecrets>): InboxSecrets {
  const spec = CHANNEL_FIELDS[channel];
  if (!spec) throw new AppError("INVALID_INPUT", { field: "channel" });
  const secrets: Partial<InboxSecrets> = {};
  for (const field of spec.fields) {
    const value = given[field.key]?.trim() ?? "";
    if (!fits(field, value))
      throw new AppError("INVALID_INPUT", { field: field.key, min: field.minLength, max: field.maxLength });
    secrets[field.key] = value;
  }
  return secrets as InboxSecrets;
}
