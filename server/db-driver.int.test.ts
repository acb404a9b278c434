import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff } from "@/server/testing/fixtures";
import { selfServiceEventWrites } from "@/server/domain/self-service/record-self-service-event";
import { Prisma } from "@/server/generated/prisma/client";
import { inOneStatement, sqlRunner, sqlTransaction } from "./db-driver";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

async function account() {
  const tariff = await createTariff(testDb.db, { monthlyFee: 10_000 });
  return createSubscriber(testDb.db, { tariffId: tariff.id, balance: 0 });
}

const failed = (accountId: string, now: Date) =>
  selfServiceEventWrites({ accountId, action: "tariff.change", succeeded: false, errorCode: "X", now }, null);

describe(`driver-level SQL (${testDbLabel()})`, () => {
  it("writes and reads timestamps as Prisma does, in any time zone of the process", async () => {
    process.env.TZ = "Asia/Vladivostok";
    const { id } = await account();
    const at = new Date("2026-04-16T23:30:00.123Z");
    await sqlRunner(testDb.db).query(inOneStatement(failed(id, at)));

    const viaPrisma = await testDb.db.selfServiceEvent.findFirstOrThrow({ where: { accountId: id } });
    expect(viaPrisma.createdAt).toEqual(at);
    const [viaDriver] = await sqlRunner(testDb.db).query<{ createdAt: Date; succeeded: boolean }>(
      Prisma.sql`SELECT "createdAt", "succeeded" FROM "SelfServiceEvent" WHERE "accountId" = ${id}`,
    );
    expect(viaDriver).toEqual({ createdAt: at, succeeded: false });
  });

  it("commits a transaction that resolves and leaves nothing of one that throws", async () => {
    const { id } = await account();
    const at = new Date("2026-04-16T09:00:00Z");
    await sqlTransaction(testDb.db, (sql) => sql.query(inOneStatement(failed(id, at))));
    await expect(
      sqlTransaction(testDb.db, async (sql) => {
        await sql.query(inOneStatement(failed(id, at)));
        throw new Error("refused");
      }),
    ).rejects.toThrow("refused");
    expect(await testDb.db.selfServiceEvent.count({ where: { accountId: id } })).toBe(1);
  });
});
