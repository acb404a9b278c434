/**
 * One pusher-js WebSocket connection: handshake, keep-alive, subscriptions and client
 * events. Channel state lives in the shared ChannelRegistry; this class only holds what
 * belongs to the socket itself.
 */
import { WebSocket, type RawData } from "ws";
import type { ChannelRegistry, PresenceMember, Subscriber } from "./channels";
import { EventBudget, type RealtimeLimits } from "./limits";
import type { RealtimeLogger } from "./logger";
import {
  ErrorCode,
  MAX_EVENT_NAME_LENGTH,
  asRecord,
  channelKind,
  encode,
  errorMessage,
  isClientEvent,
  isValidChannelName,
  parseIncoming,
  payloadBytes,
  type IncomingMessage,
  type OutgoingMessage,
} from "./protocol";
import { isValidChannelAuth } from "./signing";

export interface ConnectionContext {
  app: { key: string; secret: string };
  channels: ChannelRegistry;
  activityTimeoutSec: number;
  maxPayloadBytes: number;
  limits: RealtimeLimits;
  logger: RealtimeLogger;
  clock: () => number;
}

export class Connection implements Subscriber {
  private readonly subscribed = new Set<string>();
  private readonly clientEvents: EventBudget;
  private idleTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly id: string,
    private readonly socket: WebSocket,
    private readonly context: ConnectionContext,
  ) {
    this.clientEvents = new EventBudget(context.limits.clientEventsPerSecond, context.clock);
    socket.on("message", (raw, isBinary) => this.onFrame(raw, isBinary));
    // Protocol-level pings/pongs also prove the peer is alive.
    socket.on("ping", () => this.markActive());
    socket.on("pong", () => this.markActive());
    socket.on("close", () => this.onClose());
    socket.on("error", (error) => context.logger.warn("websocket error", { socketId: id, error: error.message }));

    // pusher-js expects the data as a JSON string and the timeout in seconds (it refuses 0).
    const data = JSON.stringify({ socket_id: id, activity_timeout: context.activityTimeoutSec });
    this.sendMessage({ event: "pusher:connection_established", data });
    this.markActive();
  }

  send(frame: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(frame);
  }

  private sendMessage(message: OutgoingMessage): void {
    this.send(encode(message));
  }

  /**
   * Any traffic restarts the idle clock. After `activity_timeout` of silence we send
   * `pusher:ping`; if the client stays silent for as long again, it is gone and we drop it.
   */
  private markActive(): void {
    clearTimeout(this.idleTimer);
    const timeoutMs = this.context.activityTimeoutSec * 1000;
    this.idleTimer = setTimeout(() => {
      this.sendMessage({ event: "pusher:ping", data: {} });
      this.idleTimer = setTimeout(() => this.socket.terminate(), timeoutMs);
    }, timeoutMs);
  }

  private onFrame(raw: RawData, isBinary: boolean): void {
    this.markActive();
    const message = !isBinary && Buffer.isBuffer(raw) ? parseIncoming(raw.toString("utf8")) : null;
    if (!message) {
      this.sendMessage(errorMessage(ErrorCode.InvalidMessage, "Expected a JSON text frame with an event name"));
      return;
    }
    if (message.event === "pusher:ping") this.sendMessage({ event: "pusher:pong", data: {} });
    else if (message.event === "pusher:subscribe") this.subscribe(message.data);
    else if (message.event === "pusher:unsubscribe") this.unsubscribe(message.data);
    else if (isClientEvent(message.event)) this.relayClientEvent(message);
    // Anything else (pusher:pong, unsupported features) needs no answer.
  }

  private subscribe(data: unknown): void {
    const { channel, auth, channel_data: channelData } = asRecord(data);
    if (typeof channel !== "string") {
      this.sendMessage(errorMessage(ErrorCode.InvalidMessage, "pusher:subscribe needs a channel"));
      return;
    }
    if (!isValidChannelName(channel)) {
      this.rejectSubscription(channel, "InvalidChannel", "Invalid channel name", 400);
      return;
    }
    const kind = channelKind(channel);
    if (this.subscribed.has(channel)) {
      this.confirmSubscription(channel); // pusher-js may resend; answer without joining twice
      return;
    }
    const { maxSubscriptionsPerConnection: most } = this.context.limits;
    if (this.subscribed.size >= most) {
      // The protocol has no code for a subscription limit; soketi refuses past its presence-member limit like this.
      const reason = `Over subscription quota: at most ${most} channels per connection`;
      this.rejectSubscription(channel, "LimitReached", reason, ErrorCode.OverCapacity);
      return;
    }

    let member: PresenceMember | undefined;
    if (kind !== "public") {
      const signedData = kind === "presence" && typeof channelData === "string" ? channelData : undefined;
      if (kind === "presence" && signedData === undefined) {
        this.rejectSubscription(channel, "AuthError", "Presence channels need channel_data", 401);
        return;
      }
      if (!isValidChannelAuth(this.context.app, auth, this.id, channel, signedData)) {
        this.rejectSubscription(channel, "AuthError", "Invalid signature", 401);
        return;
      }
      if (signedData !== undefined) {
        member = parsePresenceMember(signedData);
        if (!member) {
          this.rejectSubscription(channel, "AuthError", "channel_data needs a user_id", 400);
          return;
        }
      }
    }

    this.subscribed.add(channel);
    this.context.channels.join(channel, this, member);
    this.confirmSubscription(channel);
  }

  private confirmSubscription(channel: string): void {
    const data =
      channelKind(channel) === "presence"
        ? JSON.stringify({ presence: this.context.channels.presence(channel) })
        : "{}";
    this.sendMessage({ event: "pusher_internal:subscription_succeeded", channel, data });
  }

  /** Same shape pusher-js itself emits when its authorizer fails, so apps handle one shape. */
  private rejectSubscription(channel: string, type: string, error: string, status: number): void {
    this.sendMessage({ event: "pusher:subscription_error", channel, data: { type, error, status } });
  }

  private unsubscribe(data: unknown): void {
    const { channel } = asRecord(data);
    if (typeof channel !== "string" || !this.subscribed.delete(channel)) return;
    this.context.channels.leave(channel, this.id);
  }

  /** Client events: private/presence only, sender must be subscribed, never echoed back. */
  private relayClientEvent({ event, channel, data }: IncomingMessage): void {
    const reject = (reason: string) => this.sendMessage(errorMessage(ErrorCode.ClientEventRejected, reason));
    // Counted before any other check: a refused event costs the server as much as a relayed one.
    if (!this.clientEvents.take()) {
      return reject(
        `Client event rejected due to rate limit (${this.context.limits.clientEventsPerSecond} per second)`,
      );
    }
    if (typeof channel !== "string" || channelKind(channel) === "public") {
      return reject("Client events are only supported on private and presence channels");
    }
    if (!this.subscribed.has(channel)) return reject(`Not subscribed to ${channel}`);
    if (event.length > MAX_EVENT_NAME_LENGTH) return reject("Event name is too long");
    if (payloadBytes(data) > this.context.maxPayloadBytes) {
      return reject(`Event data is larger than ${this.context.maxPayloadBytes} bytes`);
    }
    // On presence channels Pusher tells receivers who sent the event.
    const userId = this.context.channels.userIdOf(channel, this.id);
    const frame = encode(userId === undefined ? { event, channel, data } : { event, channel, data, user_id: userId });
    this.context.channels.publish(channel, frame, this.id);
  }

  private onClose(): void {
    clearTimeout(this.idleTimer);
    for (const channel of this.subscribed) this.context.channels.leave(channel, this.id);
    this.subscribed.clear();
  }
}

/** channel_data is `{"user_id": string|number, "user_info"?: any}`; ids are kept as strings. */
function parsePresenceMember(channelData: string): PresenceMember | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(channelData);
  } catch {
    return undefined;
  }
  const { user_id: userId, user_info: userInfo } = asRecord(parsed);
  if ((typeof userId !== "string" && typeof userId !== "number") || userId === "") return undefined;
  return { user_id: String(userId), user_info: userInfo };
}
