/**
 * A small Pusher Channels server (protocol v7 + HTTP API) for one app, so the browser can
 * use unmodified pusher-js and the app server the unmodified `pusher` SDK, as with
 * Pusher or soketi in production. One HTTP server carries both WebSocket upgrades at
 * `/app/:key` and the API at `/apps/:appId/...`. State is in memory: after a restart
 * clients reconnect and resubscribe, and nothing sent before is replayed.
 */
import { randomInt } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocket, WebSocketServer } from "ws";
import { ChannelRegistry } from "./channels";
import { Connection, type ConnectionContext } from "./connection";
import { createHttpApiHandler } from "./http-api";
import { ConnectionQuota, clientAddress, resolveLimits, type RealtimeLimits } from "./limits";
import { silentLogger, type RealtimeLogger } from "./logger";
import { ENVELOPE_BYTES, ErrorCode, PROTOCOL_VERSION, encode, errorMessage } from "./protocol";

export interface RealtimeServerOptions {
  appId: string;
  key: string;
  secret: string;
  /** 0 picks a free port; `start()` reports the real one. */
  port: number;
  host?: string;
  /** Seconds of silence before we ping a client (and before we drop it if it stays silent). */
  activityTimeoutSec?: number;
  /** Largest event data accepted, from clients and from the API (Pusher's limit is 10 KB). */
  maxPayloadBytes?: number;
  /** Connection, subscription and client-event bounds; each one left out keeps its default (limits.ts). */
  limits?: Partial<RealtimeLimits>;
  logger?: RealtimeLogger;
  /** Milliseconds on a monotonic clock, for the client-event allowance; a test passes its own to be exact. */
  clock?: () => number;
}

export interface RealtimeStats {
  listening: boolean;
  connections: number;
  channels: number;
}

export interface RealtimeServer {
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
  stats(): RealtimeStats;
}

const DEFAULT_ACTIVITY_TIMEOUT_SEC = 30;
const DEFAULT_MAX_PAYLOAD_BYTES = 10 * 1024;
/** How long clients get to answer our close frame on shutdown before we cut them off. */
const CLOSE_GRACE_MS = 1000;

export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
  const logger = options.logger ?? silentLogger;
  const activityTimeoutSec = options.activityTimeoutSec ?? DEFAULT_ACTIVITY_TIMEOUT_SEC;
  const maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  if (!(activityTimeoutSec > 0)) throw new Error("activityTimeoutSec must be positive");
  if (!(maxPayloadBytes > 0)) throw new Error("maxPayloadBytes must be positive");
  if (!options.appId || !options.key || !options.secret) throw new Error("appId, key and secret are required");

  const limits = resolveLimits(options.limits);
  const app = { id: options.appId, key: options.key, secret: options.secret };
  const channels = new ChannelRegistry();
  const connections = new Map<string, Connection>();
  const quota = new ConnectionQuota(limits);
  const clock = options.clock ?? (() => performance.now());
  const connectionContext: ConnectionContext = {
    app,
    channels,
    activityTimeoutSec,
    maxPayloadBytes,
    limits,
    logger,
    clock,
  };
  const handleHttpRequest = createHttpApiHandler({ app, channels, maxPayloadBytes, logger });
  let running: { http: Server; ws: WebSocketServer } | undefined;

  function acceptSocket(socket: WebSocket, request: IncomingMessage): void {
    const address = clientAddress(request, limits.trustedProxyHops);
    const refusal = refuseHandshake(request, app.key) ?? quota.admit(address);
    if (refusal) {
      // pusher-js reads the code from this first message and will not retry 40xx codes.
      socket.send(encode(errorMessage(refusal.code, refusal.message)));
      socket.close(refusal.code, refusal.message);
      return;
    }
    const id = newSocketId(connections);
    connections.set(id, new Connection(id, socket, connectionContext));
    socket.once("close", () => {
      connections.delete(id);
      quota.release(address);
    });
  }

  return {
    async start() {
      if (running) throw new Error("Realtime server is already running");
      const http = createServer((request, response) => void handleHttpRequest(request, response));
      const ws = new WebSocketServer({ noServer: true, maxPayload: maxPayloadBytes + ENVELOPE_BYTES });
      http.on("upgrade", (request: IncomingMessage, socket, head) => {
        ws.handleUpgrade(request, socket, head, (client) => acceptSocket(client, request));
      });
      await new Promise<void>((resolve, reject) => {
        http.once("error", reject);
        http.listen(options.port, options.host ?? "127.0.0.1", () => {
          http.off("error", reject);
          resolve();
        });
      });
      running = { http, ws };
      const { address, port } = http.address() as AddressInfo;
      logger.info("realtime server listening", { host: address, port, appId: app.id });
      return { port };
    },

    async stop() {
      if (!running) return;
      const { http, ws } = running;
      running = undefined;
      await closeClients(ws.clients);
      ws.close();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        http.closeIdleConnections(); // keep-alive API connections would otherwise hold close() open
      });
      logger.info("realtime server stopped");
    },

    stats() {
      return { listening: running !== undefined, connections: connections.size, channels: channels.size };
    },
  };
}

/** Checks the upgrade URL `/app/:key?protocol=7`; returns the Pusher error to send, if any. */
function refuseHandshake(request: IncomingMessage, key: string): { code: number; message: string } | undefined {
  const url = new URL(request.url ?? "/", "http://localhost");
  const match = /^\/app\/([^/]+)$/.exec(url.pathname);
  if (!match) return { code: ErrorCode.PathNotFound, message: "Path not found; connect to /app/:key" };
  if (match[1] !== key) return { code: ErrorCode.AppNotFound, message: `App key ${match[1]} does not exist` };
  const protocol = url.searchParams.get("protocol");
  if (!protocol) return { code: ErrorCode.NoProtocol, message: "No protocol version supplied" };
  if (Number(protocol) !== PROTOCOL_VERSION) {
    return { code: ErrorCode.UnsupportedProtocol, message: `Unsupported protocol version ${protocol}` };
  }
  return undefined;
}

/** Pusher-style `digits.digits`; pusher-js and the SDK both validate that format. */
function newSocketId(taken: Map<string, unknown>): string {
  for (;;) {
    const id = `${randomInt(1, 2 ** 47)}.${randomInt(1, 2 ** 47)}`;
    if (!taken.has(id)) return id;
  }
}

/** Sends 1001 "going away" (pusher-js reconnects after ~1 s) and waits for the close handshake. */
async function closeClients(clients: Set<WebSocket>): Promise<void> {
  const closed = [...clients].map(
    (client) =>
      new Promise<void>((resolve) => {
        if (client.readyState === WebSocket.CLOSED) return resolve();
        client.once("close", () => resolve());
        client.close(1001, "Server shutting down");
      }),
  );
  const cutOff = setTimeout(() => clients.forEach((client) => client.terminate()), CLOSE_GRACE_MS);
  await Promise.all(closed);
  clearTimeout(cutOff);
}
