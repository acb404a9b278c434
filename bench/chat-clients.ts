/**
 * Both ends of every chat as real pusher-js clients in Node, subscribed to the chat's
 * private channel. Authorization goes the product's way (app/api/realtime/auth): the
 * domain decides from the party, then the SDK's `authorizeChannel` signs, here called
 * from a `channelAuthorization.customHandler` instead of over HTTP.
 */
import Pusher from "pusher-js";
import type { Db } from "@/server/db-client";
import { authorizeChannel } from "@/server/domain/chat/authorize-channel";
import type { ChatParty } from "@/server/domain/chat/chat-party";
import { chatChannel } from "@/server/realtime/contract";
import type { RealtimePublisher } from "@/server/realtime/publisher";
import type { BenchChat } from "./chat-fixtures";
import type { DeliveryTracker } from "./delivery-tracker";

export interface RealtimeEndpoint {
  key: string;
  port: number;
}

export interface ChatClients {
  /** Where receipts go; swapped per phase so warm-up and measurement are counted apart. */
  tracker: DeliveryTracker | undefined;
  disconnect(): void;
}

/** What the bench reads from a "message" event: the id it chose and who wrote it. */
interface MessageEventData {
  clientId: string | null;
  author: string;
}

const CONNECT_BATCH = 100;
const SUBSCRIBE_TIMEOUT_MS = 20_000;

export async function connectChatClients(
  db: Db,
  publisher: RealtimePublisher,
  endpoint: RealtimeEndpoint,
  chats: BenchChat[],
): Promise<ChatClients> {
  const clients: Pusher[] = [];
  const handle: ChatClients = {
    tracker: undefined,
    disconnect: () => clients.forEach((client) => client.disconnect()),
  };
  const join = (chat: BenchChat, party: ChatParty) => {
    const client = createClient(db, publisher, endpoint, party);
    clients.push(client);
    return joinChat(client, chat, party, handle);
  };
  // Connect in batches: a thousand simultaneous handshakes would overflow the listen backlog.
  try {
    for (let first = 0; first < chats.length; first += CONNECT_BATCH) {
      await Promise.all(
        chats
          .slice(first, first + CONNECT_BATCH)
          .flatMap((chat) => [join(chat, chat.subscriber), join(chat, chat.operator)]),
      );
    }
  } catch (error) {
    handle.disconnect();
    throw error;
  }
  return handle;
}

function createClient(db: Db, publisher: RealtimePublisher, endpoint: RealtimeEndpoint, party: ChatParty): Pusher {
  return new Pusher(endpoint.key, {
    cluster: "mt1", // pusher-js 8 insists on a cluster even when wsHost is set
    wsHost: "127.0.0.1",
    wsPort: endpoint.port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        authorizeChannel(db, party, channelName).then(
          (decision) => {
            if (!decision.allowed) return callback(new Error(`not allowed on ${channelName}`), null);
            callback(null, publisher.authorize(socketId, channelName, decision.presence) as { auth: string });
          },
          (error: Error) => callback(error, null),
        );
      },
    },
  });
}

/** Subscribes to the chat's channel and resolves once the server confirmed it. */
function joinChat(client: Pusher, chat: BenchChat, party: ChatParty, handle: ChatClients): Promise<void> {
  // The sender's own client receives its message too; only the other side's receipt counts.
  const fromOtherSide =
    party.kind === "staff" ? (author: string) => author !== "OPERATOR" : (author: string) => author === "OPERATOR";
  const channel = client.subscribe(chatChannel(chat.id));
  channel.bind("message", (data: MessageEventData) => {
    if (data.clientId && fromOtherSide(data.author)) handle.tracker?.markReceived(data.clientId);
  });
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => fail(new Error(`no subscription to ${chatChannel(chat.id)} within ${SUBSCRIBE_TIMEOUT_MS} ms`)),
      SUBSCRIBE_TIMEOUT_MS,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    channel.bind("pusher:subscription_succeeded", () => {
      clearTimeout(timer);
      resolve();
    });
    channel.bind("pusher:subscription_error", (error: unknown) =>
      fail(new Error(`subscription refused: ${JSON.stringify(error)}`)),
    );
  });
}
