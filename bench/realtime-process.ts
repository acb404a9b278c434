/**
 * The realtime server's own memory per connection. In the chat bench it shares the process
 * with the database and a thousand pusher-js clients, so for this figure the bench forks
 * this file: the same server (server/realtime/server.ts) alone in a process, as
 * server/realtime/main.ts runs it, answering process.memoryUsage() after a full GC over the
 * fork's IPC channel, before and after the bench's own clients connect to it.
 */
import { fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { createRealtimeServer, type RealtimeStats } from "@/server/realtime/server";
import { isEntryPoint } from "./bench-report";

interface App {
  appId: string;
  key: string;
  secret: string;
}

type Ready = { port: number };
type Memory = { usage: NodeJS.MemoryUsage; stats: RealtimeStats };

export interface RealtimeMemory {
  connections: number;
  channels: number;
  /** RSS and heapUsed of the server process with no client, and with all of them subscribed. */
  idleMb: { rss: number; heapUsed: number };
  connectedMb: { rss: number; heapUsed: number };
  /** What 1,000 connections add, from the difference of the two. */
  per1000ConnectionsMb: { rss: number; heapUsed: number };
}

const REPLY_TIMEOUT_MS = 30_000;
const MB = 1024 * 1024;

/** Forks the server, lets `connect` open clients to its port, and measures before and after. */
export async function measureRealtimeMemory(
  app: App,
  connect: (port: number) => Promise<{ disconnect(): void }>,
): Promise<RealtimeMemory> {
  const child = fork(fileURLToPath(import.meta.url), [JSON.stringify(app)], {
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ask = <T extends Ready | Memory>(request?: "memory"): Promise<T> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("the realtime server process did not answer")), REPLY_TIMEOUT_MS);
      child.once("message", (reply) => (clearTimeout(timer), resolve(reply as T)));
      if (request) child.send(request);
    });
  try {
    const { port } = await ask<Ready>();
    const idle = await ask<Memory>("memory");
    const clients = await connect(port);
    try {
      const { usage, stats } = await ask<Memory>("memory");
      const per1000 = (key: "rss" | "heapUsed") =>
        round(((usage[key] - idle.usage[key]) / MB / Math.max(1, stats.connections)) * 1000);
      return {
        connections: stats.connections,
        channels: stats.channels,
        idleMb: megabytes(idle.usage),
        connectedMb: megabytes(usage),
        per1000ConnectionsMb: { rss: per1000("rss"), heapUsed: per1000("heapUsed") },
      };
    } finally {
      clients.disconnect();
    }
  } finally {
    child.kill("SIGTERM");
  }
}

const round = (value: number) => Math.round(value * 100) / 100;
const megabytes = (usage: NodeJS.MemoryUsage) => ({ rss: round(usage.rss / MB), heapUsed: round(usage.heapUsed / MB) });

/** The forked side: serve, say the port, answer "memory" requests. */
async function serve(app: App): Promise<void> {
  const server = createRealtimeServer({ ...app, port: 0 });
  const { port } = await server.start();
  const gc = (globalThis as { gc?: () => void }).gc;
  process.on("message", () => {
    gc?.(); // what the connections hold, not the garbage their handshakes left
    process.send?.({ usage: process.memoryUsage(), stats: server.stats() } satisfies Memory);
  });
  process.once("SIGTERM", () => void server.stop().then(() => process.exit(0)));
  process.once("disconnect", () => process.exit(0)); // the bench is gone: do not outlive it
  process.send?.({ port } satisfies Ready);
}

if (isEntryPoint(import.meta.url) && process.send) void serve(JSON.parse(process.argv[2] ?? "{}") as App);
