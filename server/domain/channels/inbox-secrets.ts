import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

/**
 * What an inbox needs to talk to its messenger; kept only sealed (AES-256-GCM) in the database. Which fields a
 * channel uses is in ./channel-fields.ts.
 */
export interface InboxSecrets {
  /** The bot token (Telegram), community token (VK), auth token (Viber) or page token (Facebook). */
  token: string;
  /**
   * What proves a webhook is the messenger's: Telegram's secret_token, VK's secret key, Facebook's app secret
   * (the HMAC key). Viber signs with its auth token and has none.
   */
  webhookSecret?: string;
  /** VK: the string the Callback API server confirmation expects back, and the community's id. */
  confirmation?: string;
  groupId?: string;
  /** Facebook: the token the webhook's GET verification carries, and the page's id. */
  verifyToken?: string;
  pageId?: string;
  /** Viber: the sender name every message carries (28 characters at most). */
  senderName?: string;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;
const VERSION = "v1";

/** CHANNEL_SECRETS_KEY: 32 bytes as 64 hex digits. */
export function parseSecretsKey(hex: string): Buffer {
  const key = Buffer.from(hex, "hex");
  if (key.length !== 32 || !/^[0-9a-f]{64}$/i.test(hex)) throw new Error("CHANNEL_SECRETS_KEY must be 64 hex digits");
  return key;
}

/** `v1.<iv>.<tag>.<ciphertext>` in base64url; a fresh IV every time, so equal secrets never look equal. */
export function sealSecrets(key: Buffer, secrets: InboxSecrets): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(secrets), "utf8"), cipher.final()]);
  return [VERSION, ...[iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url"))].join(".");
}

/** Refuses anything tampered with or sealed under another key (the GCM tag does not match). */
export function openSecrets(key: Buffer, sealed: string): InboxSecrets {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !body) throw new Error("inbox secrets: not a sealed value");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  const tagBytes = Buffer.from(tag, "base64url");
  if (tagBytes.length !== TAG_BYTES) throw new Error("inbox secrets: not a sealed value");
  decipher.setAuthTag(tagBytes);
  const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  return JSON.parse(text) as InboxSecrets;
}

/** All of a token that is ever shown back: its last four characters. */
export function tokenHint(token: string): string {
  return `…${token.slice(-4)}`;
}
