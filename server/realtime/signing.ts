/**
 * Signature checks for both halves of the protocol: channel authorization strings sent by
 * pusher-js on subscribe, and signed HTTP API requests sent by the `pusher` SDK.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";

/** Pusher rejects API requests whose timestamp is further than this from the server clock. */
const MAX_CLOCK_SKEW_SEC = 600;

function hmacHex(secret: string, value: string): string {
  return createHmac("sha256", secret).update(value, "utf8").digest("hex");
}

/** Constant-time comparison, so a wrong signature does not leak how much of it matched. */
function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, "utf8");
  const right = Buffer.from(b, "utf8");
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Checks `auth` = `key:hex(HMAC-SHA256(secret, "socket_id:channel[:channel_data]"))`,
 * the string the SDK's `authorizeChannel` produces.
 */
export function isValidChannelAuth(
  app: { key: string; secret: string },
  auth: unknown,
  socketId: string,
  channel: string,
  channelData?: string,
): boolean {
  if (typeof auth !== "string") return false;
  const separator = auth.indexOf(":");
  if (separator < 0 || !safeEqual(auth.slice(0, separator), app.key)) return false;
  const signed = channelData === undefined ? `${socketId}:${channel}` : `${socketId}:${channel}:${channelData}`;
  return safeEqual(auth.slice(separator + 1), hmacHex(app.secret, signed));
}

export interface ApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Buffer;
}

/**
 * Verifies a request signed like the `pusher` SDK does: auth_key, auth_timestamp,
 * auth_version, body_md5 for bodies, and auth_signature over
 * "METHOD\npath\nsorted query without auth_signature" (keys lower-cased, values unescaped).
 * Returns why the request is refused, or `null` when it is genuine.
 */
export function verifyApiRequest(
  app: { key: string; secret: string },
  request: ApiRequest,
  nowSec: number = Date.now() / 1000,
): string | null {
  const params = new Map<string, string>();
  for (const [name, value] of request.query) {
    if (!params.has(name.toLowerCase())) params.set(name.toLowerCase(), value);
  }

  const signature = params.get("auth_signature");
  if (!signature) return "Missing auth_signature";
  if (!safeEqual(params.get("auth_key") ?? "", app.key)) return "Unknown auth_key";
  if (params.get("auth_version") !== "1.0") return "Unsupported auth_version";

  const timestamp = Number(params.get("auth_timestamp"));
  if (!Number.isFinite(timestamp) || Math.abs(nowSec - timestamp) > MAX_CLOCK_SKEW_SEC) {
    return `Timestamp expired: more than ${MAX_CLOCK_SKEW_SEC} s from server time`;
  }

  const bodyMd5 = params.get("body_md5");
  if (request.body.length > 0 || bodyMd5 !== undefined) {
    const actual = createHash("md5").update(request.body).digest("hex");
    if (!safeEqual(bodyMd5 ?? "", actual)) return "Invalid body_md5";
  }

  params.delete("auth_signature");
  const query = [...params.keys()]
    .sort()
    .map((name) => `${name}=${params.get(name)}`)
    .join("&");
  const expected = hmacHex(app.secret, `${request.method.toUpperCase()}\n${request.path}\n${query}`);
  return safeEqual(signature, expected) ? null : "Invalid signature";
}
