/**
 * `npm run bench:portal`: the subscriber's account summary (account.mySummary) and a tariff change
 * (tariffs.change) at 50 concurrent users for a fixed time each, through HTTP into tRPC and the domain on
 * a throwaway PostgreSQL database (BENCH_DATABASE_URL or TEST_DATABASE_URL), next to a bare
 * node:http handler running the same SQL with `pg` on the same database in the same run.
 */
import { parseArgs } from "node:util";
import { randomUUID } from "node:crypto";
import { createTestDb, type TestDb } from "@/server/testing/test-db";
import {
  benchServerUrl,
  environment,
  formatNotes,
  formatTable,
  formatTargets,
  isEntryPoint,
  loadAverage1m,
  ratiosAgainst,
  writeResult,
  type Benchmark,
  type BenchResult,
  type BenchRow,
  type TargetRow,
} from "./bench-report";
import { createHttpClient, runClosedLoop, type HttpClient, type HttpReply } from "./http-load";
import { BENCH_ACCOUNT_HEADER, startBaselineServer, type BenchHttpServer } from "./portal-baseline";
import { createPortalBenchData, type PortalBenchData } from "./portal-fixtures";
import { startTrpcServer } from "./portal-trpc-server";
import { startProcessProbe } from "./process-probe";
import { portalTargets } from "./portal-targets";
import { integerFlag } from "./cli-args";

export interface PortalBenchOptions {
  /** Measured seconds per procedure and side. */
  seconds: number;
  users: number;
  /** Bench subscribers on top of the demo's 60. */
  subscribers: number;
  /** Unmeasured seconds before each measurement (JIT, pools, plans). */
  warmupSeconds: number;
}

export const DEFAULT_PORTAL_BENCH_OPTIONS: PortalBenchOptions = {
  seconds: 10,
  users: 50,
  subscribers: 300,
  warmupSeconds: 2,
};
/** Both sides get the pool size the product's tests use (createTestDb). */
const POOL_SIZE = 25;

interface Side {
  name: string;
  client: HttpClient;
  summary(accountId: string): Promise<HttpReply>;
  change(accountId: string, tariffId: string): Promise<HttpReply>;
}

const header = (accountId: string) => ({ [BENCH_ACCOUNT_HEADER]: accountId });

function baselineSide(server: BenchHttpServer, users: number): Side {
  const client = createHttpClient(server.port, users);
  return {
    name: "bare node:http + pg",
    client,
    summary: (accountId) => client.call({ method: "GET", path: "/summary", headers: header(accountId) }),
    change: (accountId, tariffId) =>
      client.call({
        method: "POST",
        path: "/tariff-change",
        headers: header(accountId),
        body: JSON.stringify({ tariffId, idempotencyKey: randomUUID() }),
      }),
  };
}

function trpcSide(server: BenchHttpServer, users: number): Side {
  const client = createHttpClient(server.port, users);
  return {
    name: "tRPC + domain",
    client,
    summary: (accountId) =>
      client.call({ method: "GET", path: "/api/trpc/account.mySummary", headers: header(accountId) }),
    change: (accountId, tariffId) =>
      client.call({
        method: "POST",
        path: "/api/trpc/tariffs.change",
        headers: header(accountId),
        body: JSON.stringify({ json: { tariffId, idempotencyKey: randomUUID(), page: "/account/tariffs" } }),
      }),
  };
}

const failure = (reply: HttpReply) => (reply.status === 200 ? null : `HTTP ${reply.status} ${reply.body.slice(0, 40)}`);

/** Each side's users own a distinct slice of accounts, so the two sides never wait on each other's rows. */
async function measure(
  side: Side,
  data: PortalBenchData,
  options: PortalBenchOptions,
  procedure: "summary" | "change",
  slice: number,
) {
  const accounts = data.accountIds;
  const current = new Map<string, string>();
  const request = async (user: number, iteration: number) => {
    if (procedure === "summary")
      return failure(await side.summary(accounts[(user + iteration * options.users) % accounts.length]!));
    const accountId = accounts[(slice * options.users + user) % accounts.length]!;
    const target = (current.get(accountId) ?? data.tariffA) === data.tariffA ? data.tariffB : data.tariffA;
    const outcome = failure(await side.change(accountId, target));
    if (outcome === null) current.set(accountId, target);
    return outcome;
  };
  if (options.warmupSeconds > 0) await runClosedLoop(options.users, options.warmupSeconds * 1000, request);
  const probe = startProcessProbe();
  const summary = await runClosedLoop(options.users, options.seconds * 1000, request);
  return { summary, process: probe.stop() };
}

/** createTestDb on the server BENCH_DATABASE_URL names (TEST_DATABASE_URL otherwise), plus the throwaway database's URL. */
async function createPostgresDb(serverUrl: string): Promise<{ testDb: TestDb; url: string }> {
  const previous = process.env.TEST_DATABASE_URL;
  process.env.TEST_DATABASE_URL = serverUrl;
  try {
    const testDb = await createTestDb();
    const [{ name }] = await testDb.db.$queryRaw<[{ name: string }]>`SELECT current_database()::text AS name`;
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return { testDb, url: url.toString() };
  } finally {
    if (previous === undefined) delete process.env.TEST_DATABASE_URL;
    else process.env.TEST_DATABASE_URL = previous;
  }
}

export async function runPortalBench(options: PortalBenchOptions = DEFAULT_PORTAL_BENCH_OPTIONS): Promise<BenchResult> {
  const startedAt = new Date();
  const began = performance.now();
  const loadAtStart = loadAverage1m();
  const serverUrl = benchServerUrl();
  const result = (
    rows: BenchRow[],
    targets: TargetRow[],
    parameters: Record<string, unknown>,
    notes: string[],
  ): BenchResult => ({
    bench: "portal",
    startedAt: startedAt.toISOString(),
    durationSec: (performance.now() - began) / 1000,
    environment: environment(loadAtStart),
    parameters: { ...options, ...parameters },
    rows,
    notes,
    targets,
  });
  if (!serverUrl)
    return result([], [], {}, [
      "skipped: needs PostgreSQL — set BENCH_DATABASE_URL or TEST_DATABASE_URL (e.g. postgresql://root@127.0.0.1:5432/test)",
    ]);

  const { testDb, url } = await createPostgresDb(serverUrl);
  const servers: BenchHttpServer[] = [];
  const sides: Side[] = [];
  try {
    const data = await createPortalBenchData(testDb.db, Math.max(options.subscribers, options.users * 2));
    servers.push(await startBaselineServer(url, POOL_SIZE), await startTrpcServer(testDb.db));
    sides.push(baselineSide(servers[0]!, options.users), trpcSide(servers[1]!, options.users));
    const rows: BenchRow[] = [];
    for (const [procedure, label] of [
      ["summary", "account.mySummary"],
      ["change", "tariffs.change"],
    ] as const) {
      const [baseline, ours] = [
        await measure(sides[0]!, data, options, procedure, 0),
        await measure(sides[1]!, data, options, procedure, 1),
      ];
      rows.push(
        { name: `${label}: ${sides[0]!.name} (baseline)`, ...baseline, warmupProblems: 0 },
        {
          name: `${label}: ${sides[1]!.name}`,
          ...ours,
          warmupProblems: 0,
          vsFloor: ratiosAgainst(baseline.summary, ours.summary),
        },
      );
    }
    const targets = portalTargets(rows);
    const machine = environment(loadAtStart);
    const load = Math.max(machine.loadAverage1m.atStart, machine.loadAverage1m.atEnd);
    return result(
      rows,
      targets,
      { database: "PostgreSQL (throwaway database)", poolSize: POOL_SIZE, accounts: data.accountIds.length },
      [
        `${options.users} concurrent users in a closed loop (each sends its next request when the last one answered) for ${options.seconds} s per row after ${options.warmupSeconds} s unmeasured; "msg/s" is requests/s, "sent" requests, "errors" non-200 answers; ×floor columns are ours / the bare pg handler's measured just before`,
        "both sides pay HTTP on loopback (node:http, keep-alive) and take the subscriber from a header: sign-in, session cookie and principal lookup are excluded on both sides",
        "the baseline runs the domain's statements by hand (summary: the domain's own single statement, accountSummaryQuery; tariff change: idempotency check, then one transaction with SELECT … FOR UPDATE, 4 reads, inserts/updates, audit and self-service event) and reuses the pure planTariffChange; ours is zod + tRPC + superjson (skipped for plain-JSON answers) + the domain on the Prisma client's pool through server/db-driver.ts (the summary as one statement; the tariff change as BEGIN, the account lock, one read, one statement for the change's rows and audit, one for the confirmation notice with its SMS and the self-service event, COMMIT)",
        `each user changes its own account between two tariffs (smart-s ↔ smart-m); the two sides use distinct accounts with identical data; ${data.accountIds.length} bench accounts (24 ledger entries and 2 paid options each) on top of the demo seed`,
        "load generator, both servers and Prisma share this one process (CPU and RSS columns are for all of them); PostgreSQL runs beside it on the same machine",
        ...(load > machine.cpus
          ? [
              `WARNING the machine was busy (1-min load up to ${load} on ${machine.cpus} cores): absolute figures are pessimistic, compare the ratios`,
            ]
          : []),
      ],
    );
  } finally {
    for (const side of sides) side.client.close();
    for (const server of servers.reverse()) await server.close();
    await testDb.close();
  }
}

export const benchmark: Benchmark = { name: "portal", run: () => runPortalBench() };

export function parsePortalBenchArgs(argv: string[]): PortalBenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      seconds: { type: "string" },
      users: { type: "string" },
      subscribers: { type: "string" },
      warmup: { type: "string" },
    },
    strict: true,
  });
  const d = DEFAULT_PORTAL_BENCH_OPTIONS;
  return {
    seconds: integerFlag("seconds", values.seconds, d.seconds),
    users: integerFlag("users", values.users, d.users),
    subscribers: integerFlag("subscribers", values.subscribers, d.subscribers),
    warmupSeconds: integerFlag("warmup", values.warmup, d.warmupSeconds, 0),
  };
}

async function main(): Promise<void> {
  const options = parsePortalBenchArgs(process.argv.slice(2));
  console.log(`portal bench: ${options.users} users, ${options.seconds} s per procedure and side …`);
  const result = await runPortalBench(options);
  console.log(`\n${formatTable([result])}\n\n${formatNotes(result)}\n\n${formatTargets([result])}\n`);
  console.log(`written ${writeResult(result)} (${result.durationSec.toFixed(1)} s)`);
  if (result.rows.some((row) => row.summary.sent !== row.summary.received)) {
    console.error("FAILED: some requests did not answer 200 (see errors in the JSON)");
    process.exitCode = 1;
  }
}

if (isEntryPoint(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
