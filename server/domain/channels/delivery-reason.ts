/**
 * Why a messenger reply (or an inbox call) did not go through, as a code people read in words (the `delivery`
 * namespace). The stored lastError is the transport's own text ("TransportRefused: BLOCKED sendMessage 403: …");
 * this reads it once, for the workspace and the channels page alike. Shared with the browser: no server imports.
 */
export const DELIVERY_REASONS = [
  "BLOCKED",
  "CONTACT_UNREACHABLE",
  "RATE_LIMITED",
  "TOKEN_REJECTED",
  "REFUSED",
  "UNAVAILABLE",
  "INBOX_DISABLED",
  "CHANNEL_NOT_SUPPORTED",
  "NO_SECRETS_KEY",
  "EXPIRED",
  "OTHER",
] as const;
export type DeliveryReason = (typeof DELIVERY_REASONS)[number];

const RULES: Array<[RegExp, DeliveryReason]> = [
  [/\bBLOCKED\b/, "BLOCKED"],
  [/\bCONTACT_UNREACHABLE\b/, "CONTACT_UNREACHABLE"],
  [/\bINBOX_DISABLED\b/, "INBOX_DISABLED"],
  [/\bCHANNEL_NOT_SUPPORTED\b/, "CHANNEL_NOT_SUPPORTED"],
  [/\bCHANNEL_SECRETS_KEY_MISSING\b/, "NO_SECRETS_KEY"],
  [/\bEXPIRED\b/, "EXPIRED"],
  [/TransportRetryLater|\b429\b/, "RATE_LIMITED"],
  [/\bTOKEN_REJECTED\b/, "TOKEN_REJECTED"],
  // The Bot API answers an unknown or revoked token with 401 (and 404 for a malformed one).
  [/\b(401|404)\b/, "TOKEN_REJECTED"],
  [/TransportRefused|\b400\b/, "REFUSED"],
  [/\b5\d\d\b|fetch failed|ECONNREFUSED|ECONNRESET|timeout|aborted|socket/i, "UNAVAILABLE"],
];

export function deliveryReason(lastError: string | null): DeliveryReason | null {
  if (!lastError) return null;
  return RULES.find(([pattern]) => pattern.test(lastError))?.[1] ?? "OTHER";
}

/** A reply's state as the operator reads it beside the message. */
export const DELIVERY_STATES = ["sending", "retrying", "delivered", "failed"] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

export function deliveryState(row: { status: "PENDING" | "SENT" | "FAILED"; lastError: string | null }): {
  state: DeliveryState;
  reason: DeliveryReason | null;
} {
  if (row.status === "SENT") return { state: "delivered", reason: null };
  if (row.status === "FAILED") return { state: "failed", reason: deliveryReason(row.lastError) ?? "OTHER" };
  return row.lastError
    ? { state: "retrying", reason: deliveryReason(row.lastError) }
    : { state: "sending", reason: null };
}
