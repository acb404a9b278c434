/**
 * The Pusher HTTP API operations the `pusher` SDK calls: trigger, batch trigger and
 * channel queries. Requests arrive here already authenticated and JSON-decoded; each
 * handler returns the response body or throws an ApiError with Pusher's status code.
 */
import type { ChannelRegistry } from "./channels";
import {
  MAX_BATCH_EVENTS,
  MAX_CHANNELS_PER_EVENT,
  MAX_EVENT_NAME_LENGTH,
  asRecord,
  channelKind,
  encode,
  isValidChannelName,
  isValidSocketId,
  payloadBytes,
} from "./protocol";

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface ApiContext {
  channels: ChannelRegistry;
  maxPayloadBytes: number;
}

interface ServerEvent {
  name: string;
  data: string;
  channels: string[];
  excludeSocketId?: string;
}

/** POST /apps/:id/events: `{ name, data, channel | channels, socket_id? }` → `{}`. */
export function triggerEvent(context: ApiContext, body: unknown): object {
  const fields = asRecord(body);
  const channels = fields.channels ?? (fields.channel === undefined ? undefined : [fields.channel]);
  publish(context, [parseEvent(context, fields, channels)]);
  return {};
}

/** POST /apps/:id/batch_events: `{ batch: [{ name, data, channel, socket_id? }] }` → `{}`. */
export function triggerBatch(context: ApiContext, body: unknown): object {
  const { batch } = asRecord(body);
  if (!Array.isArray(batch) || batch.length === 0) throw new ApiError(400, "batch must be a non-empty array");
  if (batch.length > MAX_BATCH_EVENTS) throw new ApiError(400, `batch holds at most ${MAX_BATCH_EVENTS} events`);
  // Validate everything first so a bad entry does not leave the batch half delivered.
  const events = batch.map((entry) => {
    const fields = asRecord(entry);
    return parseEvent(context, fields, [fields.channel]);
  });
  publish(context, events);
  return {};
}

/** GET /apps/:id/channels?filter_by_prefix=&info=user_count,subscription_count */
export function listChannels(context: ApiContext, query: URLSearchParams): object {
  const prefix = query.get("filter_by_prefix") ?? "";
  const info = requestedInfo(query);
  if (info.has("user_count") && !prefix.startsWith("presence-")) {
    throw new ApiError(400, "info=user_count needs filter_by_prefix=presence-");
  }
  const channels: Record<string, Record<string, number>> = {};
  for (const name of context.channels.names(prefix)) channels[name] = attributes(context, name, info);
  return { channels };
}

/** GET /apps/:id/channels/:name?info=user_count,subscription_count */
export function channelInfo(context: ApiContext, name: string, query: URLSearchParams): object {
  assertChannelName(name);
  const info = requestedInfo(query);
  if (info.has("user_count") && channelKind(name) !== "presence") {
    throw new ApiError(400, "info=user_count is only available for presence channels");
  }
  return { occupied: context.channels.subscriptionCount(name) > 0, ...attributes(context, name, info) };
}

/** GET /apps/:id/channels/:name/users → `{ users: [{ id }] }` (presence channels only). */
export function channelUsers(context: ApiContext, name: string): object {
  assertChannelName(name);
  if (channelKind(name) !== "presence") throw new ApiError(400, "Users are only available for presence channels");
  return { users: context.channels.presence(name).ids.map((id) => ({ id })) };
}

function parseEvent(context: ApiContext, fields: Record<string, unknown>, channels: unknown): ServerEvent {
  const { name, data, socket_id: socketId } = fields;
  if (typeof name !== "string" || name === "" || name.length > MAX_EVENT_NAME_LENGTH) {
    throw new ApiError(400, `name must be a string of 1-${MAX_EVENT_NAME_LENGTH} characters`);
  }
  if (typeof data !== "string") throw new ApiError(400, "data must be a string");
  if (!Array.isArray(channels) || channels.length === 0 || channels.length > MAX_CHANNELS_PER_EVENT) {
    throw new ApiError(400, `channels must list 1-${MAX_CHANNELS_PER_EVENT} channels`);
  }
  channels.forEach(assertChannelName);
  if (socketId !== undefined && !isValidSocketId(socketId)) throw new ApiError(400, "Invalid socket_id");
  if (payloadBytes(data) > context.maxPayloadBytes) {
    throw new ApiError(413, `Event data is larger than ${context.maxPayloadBytes} bytes`);
  }
  return { name, data, channels: channels as string[], excludeSocketId: socketId };
}

function publish(context: ApiContext, events: ServerEvent[]): void {
  for (const event of events) {
    for (const channel of event.channels) {
      const frame = encode({ event: event.name, channel, data: event.data });
      context.channels.publish(channel, frame, event.excludeSocketId);
    }
  }
}

function requestedInfo(query: URLSearchParams): Set<string> {
  const info = new Set((query.get("info") ?? "").split(",").filter(Boolean));
  for (const attribute of info) {
    if (attribute !== "user_count" && attribute !== "subscription_count") {
      throw new ApiError(400, `Unsupported info attribute: ${attribute}`);
    }
  }
  return info;
}

function attributes(context: ApiContext, name: string, info: Set<string>): Record<string, number> {
  const result: Record<string, number> = {};
  if (info.has("user_count")) result.user_count = context.channels.userCount(name);
  if (info.has("subscription_count")) result.subscription_count = context.channels.subscriptionCount(name);
  return result;
}

function assertChannelName(name: unknown): asserts name is string {
  if (!isValidChannelName(name)) throw new ApiError(400, `Invalid channel name: ${String(name)}`);
}
