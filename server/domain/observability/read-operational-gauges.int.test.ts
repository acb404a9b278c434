import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff } from "@/server/testing/fixtures";
import type { ChatState, OperatorPresence, OutboxStatus } from "@/server/generated/prisma/enums";
import { readOperationalGauges } from "./read-operational-gauges";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function chatsIn(state: ChatState, count: number) {
  for (let i = 0; i < count; i++) await testDb.db.chat.create({ data: { state } });
}

async function outboxIn(status: OutboxStatus, count: number, nextAttemptAt = new Date()) {
  for (let i = 0; i < count; i++) {
    await testDb.db.outboxMessage.create({
      data: { channel: "SMS", recipient: "+79000000000", body: "code", status, nextAttemptAt },
    });
  }
}

async function staffWith(presence: OperatorPresence, isActive = true) {
  const staff = await createStaff(testDb.db, ["OPERATOR"], { isActive });
  await testDb.db.staffUser.update({ where: { id: staff.id }, data: { presence } });
}

describe(`operational gauges (${testDbLabel()})`, () => {
  it("reads zeros from an empty database", async () => {
    expect(await readOperationalGauges(testDb.db)).toEqual({
      queuedChats: 0,
      activeChats: 0,
      outboxBacklog: 0,
      operatorsOnline: 0,
    });
  });

  it("counts queued and assigned chats, unsent outbox messages and online operators, nothing else", async () => {
    await chatsIn("QUEUED", 3);
    await chatsIn("ASSIGNED", 2);
    await chatsIn("BOT", 4);
    await chatsIn("CLOSED", 1);
    await chatsIn("RATED", 1);
    await outboxIn("PENDING", 2);
    // Waiting for a retry is still backlog; sent and given-up messages are not.
    await outboxIn("PENDING", 1, new Date(Date.now() + 60 * 60_000));
    await outboxIn("SENT", 5);
    await outboxIn("FAILED", 1);
    await staffWith("ONLINE");
    await staffWith("ONLINE");
    await staffWith("AWAY");
    await staffWith("OFFLINE");
    await staffWith("ONLINE", false);

    expect(await readOperationalGauges(testDb.db)).toEqual({
      queuedChats: 3,
      activeChats: 2,
      outboxBacklog: 3,
      operatorsOnline: 2,
    });
  });
});
