import { createHmac, timingSafeEqual } from "node:crypto";

/** Equal in constant time; a missing value or a missing expected secret never matches. */
export function sameSecret(given: string | null | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Hex HMAC-SHA256 of the raw body, as Viber (key: auth token) and Facebook (key: app secret) sign webhooks. */
export function bodyHmacHex(key: string, body: string): string {
  return createHmac("sha256", key).update(body, "utf8").digest("hex");
}

/** Whether `given` is the body's hex HMAC under `key` (case-insensitive hex, constant time). */
export function validBodySignature(given: string | null | undefined, key: string | undefined, body: string): boolean {
  if (!key) return false;
  return sameSecret(given?.toLowerCase(), bodyHmacHex(key, body));
}

/** The body as JSON, or undefined when it is not JSON at all (answered 400). */
export function parseJsonBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
