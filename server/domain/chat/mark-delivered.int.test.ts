import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import type { Db } from "@/server/db-client";
import { appendMessage } from "./append-message";
import { markDelivered } from "./mark-delivered";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** The test database behind a proxy that counts the raw statements it is asked to run. */
function countingDb(db: Db) {
  const counted = { statements: 0 };
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      if (key !== "$queryRaw") return Reflect.get(target, key, receiver) as unknown;
      return (...args: Parameters<Db["$queryRaw"]>) => (counted.statements++, target.$queryRaw(...args));
    },
  });
  return { db: proxy, counted };
}

async function messages(count: number) {
  const account = await createSubscriber(testDb.db);
  const chat = await testDb.db.chat.create({ data: { kind: "SUPPORT", state: "ASSIGNED", accountId: account.id } });
  const stored = [];
  for (let i = 0; i < count; i++)
    stored.push(await appendMessage(testDb.db, { chatId: chat.id, author: "SUBSCRIBER", text: `m${i}` }));
  return stored;
}

describe(`markDelivered (${testDbLabel()})`, () => {
  it("marks a lone message at once, in one statement", async () => {
    const [message] = await messages(1);
    const { db, counted } = countingDb(testDb.db);
    const at = await markDelivered(db, message!.id);
    expect(at).toBeInstanceOf(Date);
    expect(counted.statements).toBe(1);
    const row = await testDb.db.chatMessage.findUniqueOrThrow({ where: { id: message!.id } });
    expect(row.deliveredAt?.getTime()).toBe(at!.getTime());
  });

  it("marks messages announced while a mark runs together in the next statement, each with its own answer", async () => {
    const stored = await messages(12);
    const { db, counted } = countingDb(testDb.db);
    const marks = await Promise.all([...stored.map((m) => markDelivered(db, m.id)), markDelivered(db, "no-such-id")]);
    // The first goes alone; the twelve others queued behind it share one statement.
    expect(counted.statements).toBe(2);
    expect(marks.at(-1)).toBeNull();
    const rows = await testDb.db.chatMessage.findMany({ where: { id: { in: stored.map((m) => m.id) } } });
    expect(rows.every((row) => row.deliveredAt !== null)).toBe(true);
    expect(marks.slice(0, -1).map((at) => at?.getTime())).toEqual(
      stored.map((m) => rows.find((row) => row.id === m.id)!.deliveredAt!.getTime()),
    );
  });
});
