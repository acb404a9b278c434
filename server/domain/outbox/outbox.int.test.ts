import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { AppError } from "@/server/domain/errors";
import { enqueueMessage } from "./enqueue-message";
import { deliverPendingMessages } from "./deliver-pending-messages";
import { listRecentMessages } from "./list-recent-messages";
import type { MessageTransport, TransportMessage } from "./message-transport";
import { MAX_DELIVERY_ATTEMPTS } from "./retry-schedule";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());
beforeEach(async () => {
  await testDb.db.outboxMessage.deleteMany();
});

function recordingTransport(opts: { failWith?: string; delayMs?: number } = {}) {
  const sent: TransportMessage[] = [];
  const transport: MessageTransport = {
    async send(message) {
      if (opts.delayMs) await new Promise((resolve) => setTimeout(resolve, opts.delayMs));
      if (opts.failWith) throw new Error(opts.failWith);
      sent.push(message);
    },
  };
  return { transport, sent };
}

const seconds = (base: Date, s: number) => new Date(base.getTime() + s * 1000);

describe(`outbox (${testDbLabel()})`, () => {
  it("writes a message inside the caller's transaction, and nothing if it rolls back", async () => {
    await testDb.db.$transaction(async (tx) => {
      await enqueueMessage(tx, { channel: "SMS", recipient: "+79001234567", body: "kept" });
    });
    await testDb.db
      .$transaction(async (tx) => {
        await enqueueMessage(tx, { channel: "SMS", recipient: "+79001234567", body: "rolled back" });
        throw new Error("change failed");
      })
      .catch(() => undefined);
    const rows = await testDb.db.outboxMessage.findMany();
    expect(rows.map((r) => [r.body, r.status, r.attempts])).toEqual([["kept", "PENDING", 0]]);
  });

  it("sends due messages once and marks them SENT", async () => {
    await enqueueMessage(testDb.db, { channel: "EMAIL", recipient: "a@example.com", subject: "Hi", body: "one" });
    const { transport, sent } = recordingTransport();
    const now = new Date();
    expect(await deliverPendingMessages(testDb.db, transport, now)).toEqual({
      sent: 1,
      retried: 0,
      failed: 0,
      expired: 0,
    });
    expect(sent).toMatchObject([{ channel: "EMAIL", recipient: "a@example.com", subject: "Hi", body: "one" }]);
    const row = await testDb.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "SENT", attempts: 1, lastError: null });
    expect(row.sentAt).toEqual(now);
    expect(await deliverPendingMessages(testDb.db, transport, seconds(now, 3600))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      expired: 0,
    });
    expect(sent).toHaveLength(1);
  });

  it("keeps a message the transport refused and retries it later with backoff", async () => {
    await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234567", body: "retry me" });
    const start = new Date();
    const broken = recordingTransport({ failWith: "gateway timeout" });
    expect(await deliverPendingMessages(testDb.db, broken.transport, start)).toEqual({
      sent: 0,
      retried: 1,
      failed: 0,
      expired: 0,
    });
    let row = await testDb.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 1, lastError: "Error: gateway timeout" });
    expect(row.nextAttemptAt).toEqual(seconds(start, 30));

    const working = recordingTransport();
    expect((await deliverPendingMessages(testDb.db, working.transport, seconds(start, 10))).sent).toBe(0);
    await deliverPendingMessages(testDb.db, broken.transport, seconds(start, 31));
    row = await testDb.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "PENDING", attempts: 2 });
    expect(row.nextAttemptAt).toEqual(seconds(start, 31 + 60));

    expect((await deliverPendingMessages(testDb.db, working.transport, seconds(start, 92))).sent).toBe(1);
    expect(working.sent.map((m) => m.body)).toEqual(["retry me"]);
    expect(await testDb.db.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: "SENT",
      attempts: 3,
      lastError: null,
    });
  });

  it("marks a message FAILED only after the last attempt, keeping its text and error", async () => {
    await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234567", body: "never delivered" });
    const broken = recordingTransport({ failWith: "no route" });
    let now = new Date();
    for (let attempt = 1; attempt <= MAX_DELIVERY_ATTEMPTS; attempt++) {
      await deliverPendingMessages(testDb.db, broken.transport, now);
      now = seconds(now, 3601);
    }
    const row = await testDb.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({
      status: "FAILED",
      attempts: MAX_DELIVERY_ATTEMPTS,
      body: "never delivered",
      lastError: "Error: no route",
    });
    expect(await deliverPendingMessages(testDb.db, recordingTransport().transport, seconds(now, 86_400))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      expired: 0,
    });
  });

  it("drops a message that expired while the transport kept failing, instead of sending it late", async () => {
    await enqueueMessage(testDb.db, {
      channel: "SMS",
      recipient: "+79001234567",
      body: "code 123456",
      expiresAt: seconds(new Date(), 600),
    });
    const start = new Date();
    const broken = recordingTransport({ failWith: "gateway down" });
    expect((await deliverPendingMessages(testDb.db, broken.transport, start)).retried).toBe(1);
    const working = recordingTransport();
    expect(await deliverPendingMessages(testDb.db, working.transport, seconds(start, 601))).toEqual({
      sent: 0,
      retried: 0,
      failed: 0,
      expired: 1,
    });
    expect(working.sent).toEqual([]);
    expect(await testDb.db.outboxMessage.findFirstOrThrow({ where: { body: "code 123456" } })).toMatchObject({
      status: "FAILED",
      lastError: "EXPIRED",
    });
  });

  it("sends a message enqueued for at once in a delivery that starts right after", async () => {
    // The database's clock, rounded to milliseconds, once stamped "at once" just after such a delivery's `now`.
    for (let i = 0; i < 25; i++) {
      await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001230000", body: `m${i}` });
      const report = await deliverPendingMessages(testDb.db, recordingTransport().transport, new Date());
      expect(report.sent).toBe(1);
    }
  });

  it("never sends one message twice when two deliveries run at once", async () => {
    for (let i = 0; i < 12; i++)
      await enqueueMessage(testDb.db, {
        channel: "SMS",
        recipient: `+7900123${String(i).padStart(4, "0")}`,
        body: `m${i}`,
      });
    const slow = recordingTransport({ delayMs: 5 });
    const now = new Date();
    const reports = await Promise.all([
      deliverPendingMessages(testDb.db, slow.transport, now),
      deliverPendingMessages(testDb.db, slow.transport, now),
      deliverPendingMessages(testDb.db, slow.transport, now),
    ]);
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(12);
    expect(slow.sent.map((m) => m.body).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `m${i}`).sort());
    expect(await testDb.db.outboxMessage.count({ where: { status: "SENT", attempts: 1 } })).toBe(12);
  });

  it("lists the latest messages for the development outbox page only in demo mode", async () => {
    await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234567", body: "first" });
    await enqueueMessage(testDb.db, { channel: "SMS", recipient: "+79001234567", body: "second" });
    const listed = await listRecentMessages(testDb.db, { demoMode: true });
    expect(listed.map((m) => m.body)).toHaveLength(2);
    await expect(listRecentMessages(testDb.db, { demoMode: false })).rejects.toEqual(new AppError("NOT_FOUND"));
  });
});
