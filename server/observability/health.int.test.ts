import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { cleanup, publisherFor, startServer } from "@/server/testing/realtime-clients";
import type { Db } from "@/server/db-client";
import { checkHealth, healthStatusCode } from "./health";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());
afterEach(cleanup);

describe(`health check (${testDbLabel()})`, () => {
  it("is ok with 200 when the database and the embedded realtime server answer", async () => {
    const { port } = await startServer();
    const report = await checkHealth({ db: testDb.db, realtime: publisherFor(port) });
    expect(report).toEqual({
      status: "ok",
      checks: { database: { ok: true, ms: expect.any(Number) }, realtime: { ok: true, ms: expect.any(Number) } },
    });
    expect(healthStatusCode(report)).toBe(200);
  });

  it("is degraded with 503 once the realtime server has stopped", async () => {
    const { server, port } = await startServer();
    const realtime = publisherFor(port);
    expect((await checkHealth({ db: testDb.db, realtime })).status).toBe("ok");
    await server.stop();

    const report = await checkHealth({ db: testDb.db, realtime });
    expect(report).toMatchObject({ status: "degraded", checks: { database: { ok: true }, realtime: { ok: false } } });
    expect(healthStatusCode(report)).toBe(503);
  });

  it("counts a realtime service that refuses our signature as down", async () => {
    const { port } = await startServer();
    const report = await checkHealth({ db: testDb.db, realtime: publisherFor(port, "not-the-secret-of-this-app") });
    expect(report.checks.realtime.ok).toBe(false);
  });

  it("gives up on a database that does not answer within the timeout", async () => {
    const { port } = await startServer();
    const hangingDb = { $queryRaw: () => new Promise(() => {}) } as unknown as Db;
    const report = await checkHealth({ db: hangingDb, realtime: publisherFor(port) }, 200);
    expect(report).toMatchObject({ status: "degraded", checks: { database: { ok: false }, realtime: { ok: true } } });
    expect(report.checks.database.ms).toBeGreaterThanOrEqual(190);
    expect(report.checks.database.ms).toBeLessThan(1_000);
    expect(JSON.stringify(report)).not.toMatch(/secret|Error|stack/i);
  });
});
