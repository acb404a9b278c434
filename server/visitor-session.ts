import { createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { env } from "@/server/env.mjs";

export const VISITOR_SESSION_COOKIE = "vsid";

// Only for `next dev` and tests without NEXTAUTH_SECRET; `npm start` always has a secret.
const DEVELOPMENT_SECRET = "embedded-development-visitor-session";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const sessionSecret = () => env().NEXTAUTH_SECRET ?? DEVELOPMENT_SECRET;
const signature = (key: string, secret: string) =>
  createHmac("sha256", secret).update(`visitor-session:${key}`).digest("base64url");

/**
 * A new anonymous session (proxy.ts gives one to every browser): a random key, and the cookie value that
 * carries it with the server's signature. Only signed values are read back, so a client cannot choose its
 * session key, and with it a fresh "one open chat" allowance, per request.
 */
export function issueVisitorSession(secret = sessionSecret()): { key: string; cookieValue: string } {
  const key = randomUUID();
  return { key, cookieValue: `${key}.${signature(key, secret)}` };
}

/** The session key of a cookie value this server signed; null for anything else (unsigned, forged, malformed). */
export function readVisitorSessionKey(value: string | undefined, secret = sessionSecret()): string | null {
  const [key, mac, ...rest] = (value ?? "").split(".");
  if (!key || !mac || rest.length > 0 || !UUID.test(key)) return null;
  const expected = Buffer.from(signature(key, secret));
  const given = Buffer.from(mac);
  return expected.length === given.length && timingSafeEqual(expected, given) ? key : null;
}
