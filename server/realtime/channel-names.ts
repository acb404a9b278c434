/**
 * The realtime channels of the contract (contract.ts) and how their names are read back. Free of zod: a page that
 * only subscribes (the operator workspace's queue and presence) imports this without the event schemas.
 */
const CHAT_PREFIX = "private-chat-";
const STAFF_SUFFIX = "-staff";
// Chat ids are cuids: lowercase letters and digits. No "-", so the staff suffix cannot be part of an id.
const CHAT_ID = /^[a-z0-9]{1,64}$/;

/** A chat's own channel: its subscriber or visitor and its staff. */
export const chatChannel = (chatId: string) => `${CHAT_PREFIX}${chatId}`;
/** Staff notes travel here only: the subscriber must not even receive them. */
export const chatStaffChannel = (chatId: string) => `${chatChannel(chatId)}${STAFF_SUFFIX}`;
/** Queue and operator status changes, for the operators' workspace. */
export const OPERATOR_QUEUE_CHANNEL = "private-operator-queue";
/** Online operators are its members; the widget's queue estimate counts them. */
export const OPERATORS_PRESENCE_CHANNEL = "presence-operators";

export type RealtimeChannel =
  | { kind: "chat"; chatId: string }
  | { kind: "chatStaff"; chatId: string }
  | { kind: "operatorQueue" }
  | { kind: "operatorsPresence" };

/** The inverse of the builders above; anything they cannot produce is null (and never authorized). */
export function parseChannel(name: string): RealtimeChannel | null {
  if (name === OPERATOR_QUEUE_CHANNEL) return { kind: "operatorQueue" };
  if (name === OPERATORS_PRESENCE_CHANNEL) return { kind: "operatorsPresence" };
  if (!name.startsWith(CHAT_PREFIX)) return null;
  const rest = name.slice(CHAT_PREFIX.length);
  const staff = rest.endsWith(STAFF_SUFFIX);
  const chatId = staff ? rest.slice(0, -STAFF_SUFFIX.length) : rest;
  if (!CHAT_ID.test(chatId)) return null;
  return staff ? { kind: "chatStaff", chatId } : { kind: "chat", chatId };
}
