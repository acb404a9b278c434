import { createHmac, randomBytes, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env.mjs";
import { RESET_CODE_DIGITS } from "./reset-code-format";

export const RESET_TTL_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;

// Only for the embedded setup without NEXTAUTH_SECRET (tests, `next dev`); `npm start` always has a secret.
const DEVELOPMENT_PEPPER = "embedded-development-recovery-pepper";

/** A one-time code for SMS: 6 digits from a cryptographic generator, leading zeros kept. */
export function generateResetCode(): string {
  return String(randomInt(0, 10 ** RESET_CODE_DIGITS)).padStart(RESET_CODE_DIGITS, "0");
}

/** The secret half of an e-mail link: 256 random bits. */
export function generateLinkSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The link carries the reset's id (to find it without an index on hashes) and the secret. */
export function linkToken(resetId: string, secret: string): string {
  return `${resetId}.${secret}`;
}

export function parseLinkToken(token: string): { resetId: string; secret: string } | null {
  const match = /^([a-z0-9]{10,40})\.([A-Za-z0-9_-]{40,60})$/.exec(token.trim());
  return match ? { resetId: match[1]!, secret: match[2]! } : null;
}

/**
 * Only this keyed hash is stored: a leaked table alone does not give away codes or
 * links, because the pepper lives in the server's secret, not in the database.
 */
export function hashResetSecret(secret: string, pepper = env().NEXTAUTH_SECRET ?? DEVELOPMENT_PEPPER): string {
  return createHmac("sha256", `password-reset:${pepper}`).update(secret).digest("hex");
}

/**
 * The rule every one-time code lives by (password recovery, messenger linking): unused, not expired and with
 * attempts left. Counting an attempt is a conditional update on this, so parallel guesses cannot pass the limit.
 */
export function openCodeWhere(now: Date) {
  return { usedAt: null, expiresAt: { gt: now }, attempts: { lt: MAX_CODE_ATTEMPTS } };
}

export function resetSecretMatches(storedHash: string, secret: string): boolean {
  const expected = Buffer.from(storedHash, "hex");
  const actual = Buffer.from(hashResetSecret(secret), "hex");
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
