import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import webpush from "web-push";

/**
 * The session-signing secret: from NEXTAUTH_SECRET, or for the embedded setup one
 * generated once and kept beside the embedded data, so sessions survive restarts.
 */
export function ensureAuthSecret(settings: {
  NEXTAUTH_SECRET?: string;
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
}): string {
  if (settings.NEXTAUTH_SECRET) return settings.NEXTAUTH_SECRET;
  if (settings.DATABASE_URL) {
    throw new Error("NEXTAUTH_SECRET is required when DATABASE_URL is set (at least 32 characters).");
  }
  return keptSecret(settings.PGLITE_DATA_DIR, "auth-secret");
}

/** The realtime signing secret: PUSHER_SECRET, or generated once for the embedded realtime server. */
export function ensureRealtimeSecret(settings: {
  PUSHER_SECRET?: string;
  PUSHER_HOST?: string;
  PGLITE_DATA_DIR: string;
}): string {
  if (settings.PUSHER_SECRET) return settings.PUSHER_SECRET;
  if (settings.PUSHER_HOST) throw new Error("PUSHER_SECRET is required when PUSHER_HOST is set.");
  return keptSecret(settings.PGLITE_DATA_DIR, "realtime-secret");
}

/**
 * The Web Push (VAPID) key pair: VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY, or for the embedded setup one generated once
 * and kept like the secrets above (a new pair would orphan every browser's subscription). With a real database and
 * no pair, push is off: nothing to return.
 */
export function ensureVapidKeys(settings: {
  VAPID_PUBLIC_KEY?: string;
  VAPID_PRIVATE_KEY?: string;
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
}): { VAPID_PUBLIC_KEY: string; VAPID_PRIVATE_KEY: string } | null {
  if (settings.VAPID_PUBLIC_KEY && settings.VAPID_PRIVATE_KEY)
    return { VAPID_PUBLIC_KEY: settings.VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY: settings.VAPID_PRIVATE_KEY };
  if (settings.DATABASE_URL) return null;
  const kept = keptSecret(settings.PGLITE_DATA_DIR, "vapid-keys", () => JSON.stringify(webpush.generateVAPIDKeys()));
  const { publicKey, privateKey } = JSON.parse(kept) as { publicKey: string; privateKey: string };
  return { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey };
}

/**
 * The key that seals messenger inbox secrets: CHANNEL_SECRETS_KEY, or generated once beside the embedded data.
 * With a real database and no key, inboxes stay off (their tokens would be unreadable after a restart).
 */
export function ensureChannelSecretsKey(settings: {
  CHANNEL_SECRETS_KEY?: string;
  DATABASE_URL?: string;
  PGLITE_DATA_DIR: string;
}): string | undefined {
  if (settings.CHANNEL_SECRETS_KEY) return settings.CHANNEL_SECRETS_KEY;
  if (settings.DATABASE_URL) return undefined;
  return keptSecret(settings.PGLITE_DATA_DIR, "channel-secrets-key");
}

function keptSecret(pgliteDataDir: string, name: string, generate = () => randomBytes(32).toString("hex")): string {
  const file = path.join(path.dirname(path.resolve(pgliteDataDir)), name);
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const secret = generate();
  fs.writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
