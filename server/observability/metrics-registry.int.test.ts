import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller, appRouter } from "@/server/api/root";
import type { Db } from "@/server/db-client";
import { captureLogs, logger } from "@/server/log";
import { renderMetrics } from "./metrics-registry";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** The value of one sample line of the exposition text, 0 when the series does not exist yet. */
function sample(text: string, series: string): number {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : 0;
}

const okCategories = 'portal_request_duration_seconds_count{procedure="help.categories",type="query",outcome="ok"}';
const notFoundArticle =
  'portal_request_duration_seconds_count{procedure="help.article",type="query",outcome="NOT_FOUND"}';

async function withDebugLogs<T>(run: () => Promise<T>) {
  const previous = logger.level;
  logger.level = "debug";
  const capture = captureLogs();
  try {
    await run();
  } finally {
    capture.stop();
    logger.level = previous;
  }
  return capture.lines;
}

describe(`Prometheus metrics (${testDbLabel()})`, () => {
  it("names every portal metric and the Node process metrics in the exposition text", async () => {
    const text = await renderMetrics(testDb.db);
    for (const name of [
      "portal_request_duration_seconds",
      "portal_chat_message_delivery_seconds",
      "portal_chat_queue_length",
      "portal_chats_active",
      "portal_outbox_backlog",
      "portal_operators_online",
      "portal_page_cache_responses_total",
      "process_cpu_seconds_total",
      "nodejs_heap_size_used_bytes",
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
  });

  it("records each procedure call in the latency histogram by outcome and logs it with the request id", async () => {
    const before = await renderMetrics(testDb.db);
    const caller = createCaller({ ...testContext(testDb.db, null), requestId: "req-observe-1" });
    const lines = await withDebugLogs(async () => {
      await caller.help.categories();
      await caller.help.categories();
      await expect(caller.help.article({ slug: "no-such-article" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    });
    const after = await renderMetrics(testDb.db);

    expect(sample(after, okCategories) - sample(before, okCategories)).toBe(2);
    expect(sample(after, notFoundArticle) - sample(before, notFoundArticle)).toBe(1);
    expect(lines.filter((l) => l.event === "trpc.call")).toEqual([
      expect.objectContaining({
        level: "debug",
        path: "help.categories",
        type: "query",
        ok: true,
        requestId: "req-observe-1",
        durationMs: expect.any(Number),
      }),
      expect.objectContaining({ path: "help.categories", ok: true }),
      expect.objectContaining({
        level: "debug",
        path: "help.article",
        ok: false,
        code: "NOT_FOUND",
        requestId: "req-observe-1",
      }),
    ]);
  });

  it("times a chat message from stored to published", async () => {
    const series = "portal_chat_message_delivery_seconds_count";
    const account = await createSubscriber(testDb.db);
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    const chat = await caller.chat.start({ kind: "SUPPORT" });
    const before = sample(await renderMetrics(testDb.db), series);
    await caller.chat.send({ chatId: chat.id, text: "Здравствуйте", clientId: "client-metrics-1" });
    await caller.chat.send({ chatId: chat.id, text: "Здравствуйте", clientId: "client-metrics-1" }); // a resend is stored and published once
    expect(sample(await renderMetrics(testDb.db), series) - before).toBe(1);
  });

  it("reports the database gauges as they are at scrape time", async () => {
    await testDb.db.chat.createMany({ data: [{ state: "QUEUED" }, { state: "QUEUED" }, { state: "ASSIGNED" }] });
    const counts = {
      portal_chat_queue_length: await testDb.db.chat.count({ where: { state: "QUEUED" } }),
      portal_chats_active: await testDb.db.chat.count({ where: { state: "ASSIGNED" } }),
      portal_outbox_backlog: await testDb.db.outboxMessage.count({ where: { status: "PENDING" } }),
      portal_operators_online: await testDb.db.staffUser.count({ where: { presence: "ONLINE", isActive: true } }),
    };
    expect(counts.portal_chat_queue_length).toBeGreaterThanOrEqual(2);
    const text = await renderMetrics(testDb.db);
    for (const [name, value] of Object.entries(counts)) expect(sample(text, name)).toBe(value);
  });

  it("logs an internal failure with its cause and request id, and counts it, while the client sees only INTERNAL", async () => {
    const brokenDb = new Proxy(
      {},
      {
        get: () =>
          new Proxy({}, { get: () => () => Promise.reject(new Error('relation "help_secret" does not exist')) }),
      },
    ) as unknown as Db;
    const series =
      'portal_request_duration_seconds_count{procedure="help.categories",type="query",outcome="INTERNAL_SERVER_ERROR"}';
    const before = sample(await renderMetrics(testDb.db), series);
    const capture = captureLogs();
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      req: new Request("http://localhost/api/trpc/help.categories"),
      createContext: () => ({ ...testContext(brokenDb, null), requestId: "req-broken-1" }),
    });
    capture.stop();

    const body = await response.text();
    expect(response.status).toBe(500);
    expect(body).not.toContain("help_secret");
    expect(capture.lines).toEqual([
      expect.objectContaining({
        level: "error",
        event: "trpc.call",
        path: "help.categories",
        code: "INTERNAL_SERVER_ERROR",
        requestId: "req-broken-1",
        err: expect.objectContaining({ message: 'relation "help_secret" does not exist' }),
      }),
    ]);
    expect(sample(await renderMetrics(testDb.db), series) - before).toBe(1);
  });
});
