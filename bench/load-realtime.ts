/**
 * The load test's realtime side: pusher-js clients in this process against the product's
 * realtime server. Chat clients (subscriber and operator of each bench chat) subscribe to
 * their chat's private channel and record every message's sequence number; the rest only
 * hold a connection open. Channel auth is signed here with the product's secret (the
 * /api/realtime/auth round trip is not part of this load).
 */
import Pusher from "pusher-js";
import { chatChannel } from "@/server/realtime/contract";
import { createPusherPublisher } from "@/server/realtime/publisher";
import type { BenchChat } from "./chat-fixtures";
import type { DeliveryTracker } from "./delivery-tracker";

export interface RealtimeTarget {
  port: number;
  key: string;
  secret: string;
}

/** What one chat client saw live: how often each sequence number arrived. */
export interface ChatClientLog {
  chatId: string;
  side: "subscriber" | "operator";
  seqCounts: Map<number, number>;
}

export interface LoadRealtime {
  logs: ChatClientLog[];
  connected: number;
  /** Connections that dropped during the run (pusher-js reconnects by itself). */
  disconnects: number;
  close(): void;
}

const BATCH = 100;
const TIMEOUT_MS = 30_000;

interface MessageEvent {
  seq: number;
  clientId: string | null;
  author: string;
}

/** pusher-js clients of the product's realtime server whose private channels are authorized with its secret. */
export function signedClients(target: RealtimeTarget): () => Pusher {
  const signer = createPusherPublisher({
    PUSHER_APP_ID: "portal",
    PUSHER_KEY: target.key,
    PUSHER_SECRET: target.secret,
    PUSHER_HOST: "127.0.0.1",
    PUSHER_PORT: target.port,
    PUSHER_TLS: false,
    PUSHER_CLUSTER: "mt1",
  });
  return () =>
    new Pusher(target.key, {
      cluster: "mt1",
      wsHost: "127.0.0.1",
      wsPort: target.port,
      forceTLS: false,
      enabledTransports: ["ws"],
      channelAuthorization: {
        customHandler: ({ socketId, channelName }, callback) =>
          callback(null, signer.authorize(socketId, channelName) as { auth: string }),
      },
    });
}

export async function openRealtimeLoad(
  target: RealtimeTarget,
  chats: BenchChat[],
  connections: number,
  tracker: Pick<DeliveryTracker, "markReceived">,
): Promise<LoadRealtime> {
  const connect = signedClients(target);
  const clients: Pusher[] = [];
  const state: LoadRealtime = {
    logs: [],
    connected: 0,
    disconnects: 0,
    close: () => clients.forEach((c) => c.disconnect()),
  };
  const open = (subscribe?: { chat: BenchChat; side: ChatClientLog["side"] }) => {
    const client = connect();
    clients.push(client);
    let wasConnected = false;
    client.connection.bind("state_change", ({ current }: { current: string }) => {
      if (current === "connected") wasConnected = true;
      else if (wasConnected && (current === "connecting" || current === "unavailable")) state.disconnects += 1;
    });
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`realtime connection not ready within ${TIMEOUT_MS} ms`)),
        TIMEOUT_MS,
      );
      const ready = () => (clearTimeout(timer), (state.connected += 1), resolve());
      if (!subscribe) return client.connection.bind("connected", ready);
      const log: ChatClientLog = { chatId: subscribe.chat.id, side: subscribe.side, seqCounts: new Map() };
      state.logs.push(log);
      const fromOtherSide = (author: string) =>
        subscribe.side === "operator" ? author !== "OPERATOR" : author === "OPERATOR";
      const channel = client.subscribe(chatChannel(subscribe.chat.id));
      channel.bind("message", (data: MessageEvent) => {
        log.seqCounts.set(data.seq, (log.seqCounts.get(data.seq) ?? 0) + 1);
        if (data.clientId && fromOtherSide(data.author)) tracker.markReceived(data.clientId);
      });
      channel.bind("pusher:subscription_succeeded", ready);
      channel.bind(
        "pusher:subscription_error",
        (error: unknown) => (clearTimeout(timer), reject(new Error(`subscription refused: ${JSON.stringify(error)}`))),
      );
    });
  };
  const plan: Array<Parameters<typeof open>[0]> = [
    ...chats.flatMap((chat) => [
      { chat, side: "subscriber" as const },
      { chat, side: "operator" as const },
    ]),
    ...Array.from({ length: Math.max(0, connections - chats.length * 2) }, () => undefined),
  ];
  try {
    // In batches: a thousand simultaneous handshakes would overflow the listen backlog.
    for (let first = 0; first < plan.length; first += BATCH)
      await Promise.all(plan.slice(first, first + BATCH).map(open));
  } catch (error) {
    state.close();
    throw error;
  }
  return state;
}
