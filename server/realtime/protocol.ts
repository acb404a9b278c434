/**
 * Pusher Channels protocol v7: message shapes, error codes and name rules shared by
 * the WebSocket side and the HTTP API. Values mirror what Pusher (and soketi) send, so
 * unmodified pusher-js and the `pusher` SDK behave exactly as they do in production.
 */

export const PROTOCOL_VERSION = 7;

/** Pusher's own limits; the SDK enforces them too, we repeat them for raw clients. */
export const MAX_CHANNEL_NAME_LENGTH = 200;
export const MAX_EVENT_NAME_LENGTH = 200;
export const MAX_CHANNELS_PER_EVENT = 100;
export const MAX_BATCH_EVENTS = 10;

/**
 * Room for everything around event data in one frame or request body: event and channel
 * names (up to 100 of them), auth strings, JSON punctuation. The size limit applies to the
 * data itself; this only bounds how much we buffer before we can look at it.
 */
export const ENVELOPE_BYTES = 32 * 1024;

/**
 * Codes sent in `pusher:error` and as close codes. pusher-js decides from the range
 * what to do: 4000-4099 never reconnect, 4100-4199 reconnect with backoff,
 * 4200-4299 reconnect at once, 4300-4399 other errors.
 */
export const ErrorCode = {
  AppNotFound: 4001,
  OverConnectionQuota: 4004,
  PathNotFound: 4005,
  UnsupportedProtocol: 4007,
  NoProtocol: 4008,
  OverCapacity: 4100,
  PongTimeout: 4201,
  InvalidMessage: 4300,
  ClientEventRejected: 4301,
} as const;

export type ChannelKind = "public" | "private" | "presence";

const CHANNEL_NAME = /^[A-Za-z0-9_\-=@,.;]+$/;
const SOCKET_ID = /^\d+\.\d+$/;

export function channelKind(channel: string): ChannelKind {
  if (channel.startsWith("presence-")) return "presence";
  // `private-encrypted-` channels authorize like private ones; the payload is opaque to us.
  if (channel.startsWith("private-")) return "private";
  return "public";
}

export function isValidChannelName(channel: unknown): channel is string {
  return typeof channel === "string" && channel.length <= MAX_CHANNEL_NAME_LENGTH && CHANNEL_NAME.test(channel);
}

export function isValidSocketId(socketId: unknown): socketId is string {
  return typeof socketId === "string" && SOCKET_ID.test(socketId);
}

export function isClientEvent(event: string): boolean {
  return event.startsWith("client-");
}

/** A frame sent to a client. `data` is a JSON string for channel events, as on Pusher. */
export interface OutgoingMessage {
  event: string;
  channel?: string;
  data?: unknown;
  user_id?: string;
}

/** A frame received from a client, after JSON parsing; fields are still unchecked. */
export interface IncomingMessage {
  event: string;
  channel?: unknown;
  data?: unknown;
}

export function encode(message: OutgoingMessage): string {
  return JSON.stringify(message);
}

export function errorMessage(code: number, message: string): OutgoingMessage {
  return { event: "pusher:error", data: { code, message } };
}

/** Parses one client frame; anything that is not `{ event: string, ... }` is rejected. */
export function parseIncoming(raw: string): IncomingMessage | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const { event, channel, data } = value as Record<string, unknown>;
  return typeof event === "string" ? { event, channel, data } : null;
}

/** Treats anything but a plain JSON object as empty, so field checks need no null guards. */
export function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Bytes of an event payload as Pusher counts them: strings as-is, anything else as JSON. */
export function payloadBytes(data: unknown): number {
  return Buffer.byteLength(typeof data === "string" ? data : (JSON.stringify(data) ?? ""));
}
