/**
 * Helpers for the realtime conformance tests: a server on a free port, real pusher-js
 * clients and the real `pusher` SDK, and event waits with timeouts instead of sleeps.
 * Everything created here is registered for `cleanup()`, which tests run in afterEach.
 */
import PusherServer from "pusher";
import Pusher, { type Channel } from "pusher-js";
import { WebSocket } from "ws";
import { channelKind } from "@/server/realtime/protocol";
import { createRealtimeServer, type RealtimeServer, type RealtimeServerOptions } from "@/server/realtime/server";
import { createPusherPublisher, type RealtimePublisher } from "@/server/realtime/publisher";

// The secret is as long as server/env.mjs asks, so tests can hand it to server/realtime/main.ts too.
export const APP = { appId: "4242", key: "test-key", secret: "test-secret-0123456789" } as const;
const WAIT_MS = 5000;

const cleanups: (() => unknown)[] = [];

/** Disconnects every client and stops every server the test created. */
export async function cleanup(): Promise<void> {
  const pending = cleanups.splice(0).reverse();
  for (const step of pending) await step();
}

export async function startServer(
  overrides: Partial<RealtimeServerOptions> = {},
): Promise<{ server: RealtimeServer; port: number }> {
  const server = createRealtimeServer({ ...APP, port: 0, ...overrides });
  const { port } = await server.start();
  cleanups.push(() => server.stop());
  return { server, port };
}

/** The product's own publisher, as the app builds it from PUSHER_* settings, pointed at a test server. */
export function publisherFor(
  port: number,
  secret: string = APP.secret,
  log?: (msg: string, extra: object) => void,
): RealtimePublisher {
  return createPusherPublisher(
    {
      PUSHER_APP_ID: APP.appId,
      PUSHER_KEY: APP.key,
      PUSHER_SECRET: secret,
      PUSHER_HOST: "127.0.0.1",
      PUSHER_PORT: port,
      PUSHER_TLS: false,
      PUSHER_CLUSTER: "mt1",
    },
    log,
  );
}

/** The app-server side: the official SDK pointed at our server. */
export function sdk(port: number, secret: string = APP.secret): PusherServer {
  return new PusherServer({ ...APP, secret, host: "127.0.0.1", port: String(port), useTLS: false });
}

export interface ClientOptions {
  key?: string;
  /** Presence identity this client's authorizer signs into channel_data. */
  user?: { user_id: string; user_info?: Record<string, unknown> };
  /** Sign channel auth with this secret instead of the right one. */
  authSecret?: string;
}

/** A real pusher-js client whose authorizer signs with the SDK's `authorizeChannel`. */
export function createClient(port: number, options: ClientOptions = {}): Pusher {
  const signer = sdk(port, options.authSecret);
  const client = new Pusher(options.key ?? APP.key, {
    cluster: "mt1", // pusher-js 8 insists on a cluster even when wsHost is set
    wsHost: "127.0.0.1",
    wsPort: port,
    forceTLS: false,
    enabledTransports: ["ws"],
    channelAuthorization: {
      customHandler: ({ socketId, channelName }, callback) => {
        const member = channelKind(channelName) === "presence" ? options.user : undefined;
        callback(null, signer.authorizeChannel(socketId, channelName, member));
      },
    },
  });
  cleanups.push(() => client.disconnect());
  return client;
}

export async function connectClient(port: number, options: ClientOptions = {}): Promise<Pusher> {
  const client = createClient(port, options);
  await waitForState(client, "connected");
  return client;
}

export function waitForState(client: Pusher, state: string, timeoutMs = WAIT_MS): Promise<void> {
  if (client.connection.state === state) return Promise.resolve();
  return withTimeout(`connection state ${state}`, timeoutMs, (resolve) => {
    const listener = ({ current }: { current: string }) => {
      if (current !== state) return;
      client.connection.unbind("state_change", listener);
      resolve(undefined);
    };
    client.connection.bind("state_change", listener);
  });
}

/** What pusher-js channels and `client.connection` have in common. */
interface EventSource {
  bind(event: string, callback: (data: never) => void): unknown;
  unbind(event: string, callback: (data: never) => void): unknown;
}

/** Resolves with the data of the next `event` on `target` (a channel or the connection). */
export function nextEvent<T = unknown>(target: EventSource, event: string, timeoutMs = WAIT_MS): Promise<T> {
  return withTimeout(event, timeoutMs, (resolve) => {
    const listener = (data: T) => {
      target.unbind(event, listener);
      resolve(data);
    };
    target.bind(event, listener);
  });
}

/** Subscribes and waits for the server's confirmation; rejects on `pusher:subscription_error`. */
export function subscribe(client: Pusher, name: string): Promise<Channel> {
  const channel = client.subscribe(name);
  return withTimeout(`subscription to ${name}`, WAIT_MS, (resolve, reject) => {
    channel.bind("pusher:subscription_succeeded", () => resolve(channel));
    channel.bind("pusher:subscription_error", (error: unknown) =>
      reject(new Error(`subscription to ${name} failed: ${JSON.stringify(error)}`)),
    );
  });
}

/** Every non-internal event a channel receives, in order. */
export function record(channel: Channel): { event: string; data: unknown }[] {
  const events: { event: string; data: unknown }[] = [];
  channel.bind_global((event: string, data: unknown) => {
    if (!event.startsWith("pusher:")) events.push({ event, data });
  });
  return events;
}

let fenceCount = 0;
/**
 * Proves a negative without sleeping: frames to one socket arrive in order, so once a
 * later server event reaches every channel, anything sent before it has arrived too.
 */
export async function fence(port: number, channelName: string, channels: Channel[]): Promise<void> {
  const name = `fence-${++fenceCount}`;
  const arrived = channels.map((channel) => nextEvent(channel, name));
  await sdk(port).trigger(channelName, name, {});
  await Promise.all(arrived);
}

/** A bare WebSocket for protocol details pusher-js hides (`headers`: what a proxy would add); frames are collected as JSON. */
export async function rawSocket(
  port: number,
  path = `/app/${APP.key}?protocol=7&client=js&version=8.6.0`,
  headers: Record<string, string> = {},
): Promise<{ socket: WebSocket; next(): Promise<Record<string, unknown>>; closed: Promise<number> }> {
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers });
  const inbox: Record<string, unknown>[] = [];
  const waiting: ((frame: Record<string, unknown>) => void)[] = [];
  socket.on("message", (raw) => {
    const frame = JSON.parse(String(raw)) as Record<string, unknown>;
    const waiter = waiting.shift();
    if (waiter) waiter(frame);
    else inbox.push(frame);
  });
  const closed = new Promise<number>((resolve) => socket.on("close", (code) => resolve(code)));
  cleanups.push(() => socket.terminate());
  await new Promise((resolve, reject) => socket.once("open", resolve).once("error", reject));
  const next = () => {
    const queued = inbox.shift();
    if (queued) return Promise.resolve(queued);
    return withTimeout<Record<string, unknown>>("websocket frame", WAIT_MS, (resolve) => waiting.push(resolve));
  };
  return { socket, next, closed };
}

function withTimeout<T>(
  what: string,
  timeoutMs: number,
  start: (resolve: (value: T) => void, reject: (error: Error) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    start(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
