/**
 * The whole product as `npm start` runs it (server/cli/start.ts: the app server + the embedded
 * realtime server, embedded PGlite in a temporary folder), for the frontend bench and the
 * load test, plus the memory of its processes read from /proc. The caller holds the build
 * lock (withBuildLock) around build and serving, like the e2e run.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import { migrateEmbedded } from "@/server/cli/migrate-embedded";
import pg from "pg";
import { run } from "@/server/cli/run";
import { appServerBundle } from "@/server/cli/app-server-bundle";
import { createPgliteClient, createPrismaClient, type Db } from "@/server/db-client";
import { seedDemo } from "@/prisma/seed";

export interface ProductServer {
  baseUrl: string;
  port: number;
  pusherPort: number;
  pusherKey: string;
  pusherSecret: string;
  authSecret: string;
  /** RSS in MB of the next server process, the realtime server process, and the whole tree. */
  memory(): ProductMemory;
  /** CPU seconds used so far by the next process and the realtime server (differences give a step's cost). */
  cpu(): ProductCpu;
  /** The next server process's id, for a closer look at its memory in /proc. */
  nextPid(): number | undefined;
  stop(): Promise<void>;
}

export interface ProductCpu {
  nextSec: number;
  realtimeSec: number;
}

export interface ProductMemory {
  nextMb: number;
  realtimeMb: number;
  totalMb: number;
}

/** Several instances of one deployment: their next processes and trees add up; the realtime server is the first's. */
export function sumMemory(memories: ProductMemory[]): ProductMemory {
  const sum = (key: keyof ProductMemory) => Math.round(memories.reduce((total, m) => total + m[key], 0) * 10) / 10;
  return { nextMb: sum("nextMb"), realtimeMb: sum("realtimeMb"), totalMb: sum("totalMb") };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/** A migrated, demo-seeded embedded database; `prepare` may add its own rows before the product opens it. */
export async function prepareEmbeddedData(prepare?: (db: Db) => Promise<void>): Promise<string> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
  const pgliteDir = path.join(dataDir, "pglite");
  await migrateEmbedded(pgliteDir);
  const pglite = new PGlite(pgliteDir);
  const db = createPgliteClient(pglite);
  try {
    await seedDemo(db, { chats: 0 });
    await prepare?.(db);
  } finally {
    await db.$disconnect();
    await pglite.close();
  }
  return dataDir;
}

/**
 * The same on a throwaway PostgreSQL database (created on the server of `serverUrl`, migrated
 * with `prisma migrate deploy` as npm start does). Returns its URL; `drop` removes it.
 */
export async function preparePostgresData(serverUrl: string, prepare?: (db: Db) => Promise<void>) {
  const name = `portal_load_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await run("npx", ["prisma", "migrate", "deploy"], { ...process.env, DATABASE_URL: databaseUrl });
  const db = createPrismaClient({ DATABASE_URL: databaseUrl, DATABASE_POOL_SIZE: 10, PGLITE_DATA_DIR: "" });
  try {
    await seedDemo(db, { chats: 0 });
    await prepare?.(db);
  } finally {
    await db.$disconnect();
  }
  return {
    databaseUrl,
    async drop() {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

export interface ProductOptions {
  startTimeoutMs?: number;
  /** PostgreSQL instead of the embedded database in `dataDir`. */
  databaseUrl?: string;
  redisUrl?: string;
  /** Another instance of the same deployment: its realtime server and secrets are shared, nothing else. */
  besides?: ProductServer;
  /** More environment for the product (METRICS_TOKEN, say). */
  env?: Record<string, string>;
}

/**
 * Starts server/cli/start.ts on free ports (it builds first when the sources changed) and waits for /login.
 * The first instance runs the embedded realtime server; one started `besides` it publishes there.
 */
export async function startProduct(dataDir: string, options: ProductOptions = {}): Promise<ProductServer> {
  const { startTimeoutMs = 600_000, databaseUrl = "", redisUrl = "", besides, env = {} } = options;
  const port = await freePort();
  const pusherPort = besides?.pusherPort ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const secrets = besides
    ? { authSecret: besides.authSecret, pusherSecret: besides.pusherSecret, pusherKey: besides.pusherKey }
    : {
        authSecret: randomBytes(32).toString("hex"),
        pusherSecret: randomBytes(24).toString("hex"),
        pusherKey: "portal-key",
      };
  const log = fs.openSync(path.join(dataDir, `product-${port}.log`), "a");
  const child = spawn("npx", ["tsx", "server/cli/start.ts"], {
    stdio: ["ignore", log, log],
    detached: true, // its own process group, so stop() ends the whole tree and nothing else
    env: {
      ...process.env,
      PORT: String(port),
      NEXTAUTH_URL: baseUrl,
      // A local run over plain http, PostgreSQL or not: Secure cookies could not come back over it.
      ALLOW_INSECURE_NEXTAUTH_URL: "true",
      PGLITE_DATA_DIR: path.join(dataDir, "pglite"),
      NEXT_TELEMETRY_DISABLED: "1",
      PUSHER_PORT: String(pusherPort),
      PUSHER_KEY: secrets.pusherKey,
      PUSHER_SECRET: secrets.pusherSecret,
      NEXTAUTH_SECRET: secrets.authSecret,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      PUSHER_HOST: besides ? "127.0.0.1" : "",
      LOG_LEVEL: "warn",
      ...env,
    },
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const server: ProductServer = {
    baseUrl,
    port,
    pusherPort,
    ...secrets,
    memory: () => memoryOf(child),
    cpu: () => cpuOf(child),
    nextPid: () => productProcesses(child).next[0]?.pid,
    async stop() {
      if (child.exitCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
      const timer = setTimeout(
        () => child.pid && child.exitCode === null && process.kill(-child.pid, "SIGKILL"),
        10_000,
      );
      await exited;
      clearTimeout(timer);
      fs.closeSync(log);
    },
  };
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the product exited with ${child.exitCode}; see ${path.join(dataDir, `product-${port}.log`)}`);
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(
        `the product did not answer within ${startTimeoutMs / 1000} s; see ${path.join(dataDir, `product-${port}.log`)}`,
      );
    }
    const ok = await fetch(`${baseUrl}/login`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && (await portOpen(pusherPort))) return server;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}

interface ProcInfo {
  pid: number;
  ppid: number;
  rssKb: number;
  cmdline: string;
}

function readProcesses(): ProcInfo[] {
  return fs
    .readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        const status = fs.readFileSync(`/proc/${name}/status`, "utf8");
        const field = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, "m").exec(status)?.[1] ?? 0);
        const cmdline = fs.readFileSync(`/proc/${name}/cmdline`, "utf8").replace(/\0/g, " ");
        return [{ pid: Number(name), ppid: field("PPid"), rssKb: field("VmRSS"), cmdline }];
      } catch {
        return []; // ended meanwhile
      }
    });
}

/**
 * The product's processes from /proc: next is the node process running the compiled app server (Next behind
 * npm start's front, server/cli/app-server-bundle.ts), realtime the one running server/realtime/main.ts under
 * tsx's loader; the tree adds the npx/tsx wrappers around them.
 */
function productProcesses(child: ChildProcess) {
  const children = new Map<number, ProcInfo[]>();
  for (const proc of readProcesses()) children.set(proc.ppid, [...(children.get(proc.ppid) ?? []), proc]);
  const subtree = (pid: number): ProcInfo[] => (children.get(pid) ?? []).flatMap((p) => [p, ...subtree(p.pid)]);
  const tree = child.pid ? subtree(child.pid) : [];
  return {
    tree,
    next: tree.filter((p) => p.cmdline.includes(appServerBundle)),
    realtime: tree.filter(
      (p) => p.cmdline.includes("tsx/dist/loader.mjs") && p.cmdline.includes("server/realtime/main"),
    ),
  };
}

function memoryOf(child: ChildProcess): ProductMemory {
  const { tree, next, realtime } = productProcesses(child);
  const mb = (procs: ProcInfo[]) => Math.round(procs.reduce((sum, p) => sum + p.rssKb, 0) / 102.4) / 10;
  return { nextMb: mb(next), realtimeMb: mb(realtime), totalMb: mb(tree) };
}

/** CPU seconds (user + system) the next process and the realtime server have used since they started. */
function cpuOf(child: ChildProcess): ProductCpu {
  const { next, realtime } = productProcesses(child);
  const seconds = (procs: ProcInfo[]) => procs.reduce((sum, p) => sum + cpuSecondsOf(p.pid), 0);
  return { nextSec: seconds(next), realtimeSec: seconds(realtime) };
}

const CLOCK_TICKS_PER_SECOND = 100;

function cpuSecondsOf(pid: number): number {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0; // ended meanwhile
  }
}
