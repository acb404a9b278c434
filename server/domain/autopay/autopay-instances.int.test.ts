import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/server/db-client";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import {
  DEMO_DECLINED_AMOUNT,
  demoPaymentProvider,
  type PaymentProvider,
} from "@/server/domain/payments/payment-provider";
import { DEFAULT_AUTOPAY_RULES as rules } from "./autopay-rules";
import { saveAutopay, savePaymentMethod } from "./autopay-settings";
import { runAutopay } from "./run-autopay";

/**
 * Two app instances run the autopay job at the same moments. On PostgreSQL each has its own client (its own
 * connection pool, as two processes would); PGlite is one connection, so there both passes share it.
 */
let testDb: TestDb;
let second: Db;
beforeAll(async () => {
  testDb = await createTestDb();
  if (testDb.kind === "postgres") {
    const [{ name }] = await testDb.db.$queryRaw<[{ name: string }]>`SELECT current_database()::text AS name`;
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${name}`;
    second = createPrismaClient({ DATABASE_URL: url.toString(), DATABASE_POOL_SIZE: 10, PGLITE_DATA_DIR: "" });
  } else {
    second = testDb.db;
  }
});
afterAll(async () => {
  if (second !== testDb.db) await second.$disconnect();
  await testDb.close();
});

/** The demo provider, counting the charges it is asked for by key: a real acquirer would bill each call. */
function countingProvider() {
  const asked = new Map<string, number>();
  const provider: PaymentProvider = {
    ...demoPaymentProvider,
    charge: async (request) => {
      asked.set(request.idempotencyKey, (asked.get(request.idempotencyKey) ?? 0) + 1);
      // A little latency, so that the two instances' passes overlap.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return demoPaymentProvider.charge(request);
    },
  };
  return { provider, asked };
}

describe(`autopay on two instances (${testDbLabel()})`, () => {
  it("charges once per trigger, and retries a decline once per attempt, whatever runs at the same time", async () => {
    const accounts = [];
    for (const topUpAmount of [30_000, 40_000, 50_000, DEMO_DECLINED_AMOUNT, DEMO_DECLINED_AMOUNT]) {
      const account = await createSubscriber(testDb.db, { balance: 500 });
      const actor = { principal: subscriberPrincipal(account) };
      await savePaymentMethod(testDb.db, demoPaymentProvider, { accountId: account.id, actor });
      await saveAutopay(testDb.db, {
        accountId: account.id,
        choice: { threshold: 1_000, topUpAmount, monthlyCharge: false },
        actor,
      });
      accounts.push({ id: account.id, topUpAmount });
    }
    const { provider, asked } = countingProvider();
    const start = Date.now();
    // Each round, both instances pass at once; a decline's next attempt is due a round later.
    for (let round = 0; round < rules.maxAttempts + 1; round++) {
      const now = new Date(start + round * rules.retryMs);
      await Promise.all([runAutopay(testDb.db, provider, rules, now), runAutopay(second, provider, rules, now)]);
    }

    expect([...asked.values()].every((times) => times === 1)).toBe(true);
    for (const { id, topUpAmount } of accounts) {
      const runs = await testDb.db.autopayRun.findMany({ where: { accountId: id } });
      const payments = await testDb.db.payment.findMany({ where: { accountId: id } });
      const entries = await testDb.db.ledgerEntry.findMany({ where: { accountId: id, textCode: "AUTOPAY_CARD" } });
      const notices = await testDb.db.notice.findMany({ where: { accountId: id }, select: { kind: true } });
      expect(runs).toHaveLength(1);
      if (topUpAmount === DEMO_DECLINED_AMOUNT) {
        expect(runs[0]).toMatchObject({ status: "DECLINED", attempts: rules.maxAttempts });
        expect(payments.map((p) => p.status)).toEqual(Array(rules.maxAttempts).fill("FAILED"));
        expect(entries).toEqual([]);
        expect(notices).toEqual([{ kind: "AUTOPAY_DECLINED" }]);
      } else {
        expect(runs[0]).toMatchObject({ status: "SUCCEEDED", attempts: 0 });
        expect(payments.map((p) => [p.status, p.amount])).toEqual([["SUCCEEDED", topUpAmount]]);
        expect(entries.map((e) => e.amount)).toEqual([topUpAmount]);
        expect(notices).toEqual([{ kind: "AUTOPAY_MADE" }]);
      }
    }
    expect(asked.size).toBe(3 + 2 * rules.maxAttempts);
  });
});
