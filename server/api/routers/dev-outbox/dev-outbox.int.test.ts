import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { testContext } from "@/server/testing/fixtures";
import { enqueueMessage } from "@/server/domain/outbox/enqueue-message";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
  await enqueueMessage(testDb.db, {
    channel: "SMS",
    recipient: "+79001112233",
    body: "Код для восстановления пароля: 123456.",
  });
});
afterAll(() => testDb.close());
afterEach(() => {
  vi.unstubAllEnvs();
});

/** The router as a fresh server process with this DEMO_MODE would build it (env is read once per process). */
async function callerWithDemoMode(value: "true" | "false") {
  vi.stubEnv("DEMO_MODE", value);
  vi.resetModules();
  const { createCaller } = await import("@/server/api/root");
  return createCaller(testContext(testDb.db, null));
}

describe(`development outbox (${testDbLabel()})`, () => {
  it("shows the latest messages to anyone in demo mode", async () => {
    const caller = await callerWithDemoMode("true");
    const messages = await caller.devOutbox.recent();
    expect(messages).toMatchObject([{ recipient: "+79001112233", body: expect.stringContaining("123456") }]);
  });

  it("does not exist outside demo mode", async () => {
    const caller = await callerWithDemoMode("false");
    await expect(caller.devOutbox.recent()).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
