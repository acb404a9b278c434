import http from "node:http";
import https from "node:https";
import Pusher from "pusher";
import type { EventPayload, ServerEventName } from "./contract";

export interface RealtimeSettings {
  PUSHER_APP_ID: string;
  PUSHER_KEY: string;
  PUSHER_SECRET?: string;
  PUSHER_HOST?: string;
  PUSHER_PORT: number;
  PUSHER_TLS: boolean;
  PUSHER_CLUSTER: string;
}

/** What the chat needs from realtime: publish after the database has the data, and ask who is present. */
export interface RealtimePublisher {
  /** Only the contract's server events, each with its own payload: a wrong one fails typecheck. */
  publish<E extends ServerEventName>(channel: string, event: E, data: EventPayload<E>): Promise<boolean>;
  presenceCount(channel: string): Promise<number | null>;
  /** A cheap signed request (the channel list): true when the service answers and accepts our credentials. */
  ping(): Promise<boolean>;
  authorize(
    socketId: string,
    channel: string,
    presence?: { user_id: string; user_info?: Record<string, unknown> },
  ): unknown;
}

/**
 * The official `pusher` SDK pointed at our embedded server, Pusher Channels or soketi
 * alike. Failures are reported, not thrown: the database is the record, and clients
 * backfill whatever they missed.
 */
export function createPusherPublisher(
  settings: RealtimeSettings,
  log: (msg: string, extra: object) => void = () => {},
): RealtimePublisher {
  const pusher = new Pusher({
    appId: settings.PUSHER_APP_ID,
    key: settings.PUSHER_KEY,
    secret: settings.PUSHER_SECRET ?? "",
    host: settings.PUSHER_HOST ?? "127.0.0.1",
    port: String(settings.PUSHER_PORT),
    useTLS: settings.PUSHER_TLS,
    cluster: settings.PUSHER_CLUSTER,
    timeout: 3_000,
    // Connections kept open between publishes: without an agent the SDK opens one per message. An idle one is
    // closed before Node's default 5 s server keep-alive would close it under a request.
    agent: new (settings.PUSHER_TLS ? https.Agent : http.Agent)({ keepAlive: true, maxSockets: 64, timeout: 4_000 }),
  });
  return {
    async publish(channel, event, data) {
      try {
        await pusher.trigger(channel, event, data);
        return true;
      } catch (error) {
        log("realtime publish failed", { channel, event, error: String(error) });
        return false;
      }
    },
    async presenceCount(channel) {
      try {
        const response = await pusher.get({ path: `/channels/${channel}/users` });
        const body = (await response.json()) as { users?: unknown[] };
        return body.users?.length ?? 0;
      } catch {
        return null;
      }
    },
    async ping() {
      try {
        await pusher.get({ path: "/channels" });
        return true;
      } catch {
        return false;
      }
    },
    authorize(socketId, channel, presence) {
      return presence
        ? pusher.authorizeChannel(socketId, channel, presence)
        : pusher.authorizeChannel(socketId, channel);
    },
  };
}
