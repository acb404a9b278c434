import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { entryText } from "./ledger-text";
import { listLedger } from "./list-ledger";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const now = new Date("2026-04-20T09:00:00Z");

/** 25 entries: a charge every day of April 1–25 (Moscow noon) and a payment on the 10th and at 23:30 Moscow on the 14th. */
async function setup() {
  const account = await createSubscriber(testDb.db);
  const charges = Array.from({ length: 25 }, (_, i) => ({
    accountId: account.id,
    type: "CHARGE" as const,
    category: "CALLS" as const,
    amount: -(100 + i),
    ...entryText("CALLS_OVER_PACKAGE", { minutes: i + 1 }),
    createdAt: new Date(Date.UTC(2026, 3, i + 1, 9)),
  }));
  await testDb.db.ledgerEntry.createMany({
    data: [
      ...charges,
      {
        accountId: account.id,
        type: "PAYMENT",
        amount: 50_000,
        ...entryText("TOP_UP_CARD"),
        createdAt: new Date("2026-04-10T10:00:00Z"),
      },
      // 23:30 on 14 April in Moscow, 20:30 UTC: belongs to the 14th.
      {
        accountId: account.id,
        type: "PAYMENT",
        amount: 30_000,
        ...entryText("TOP_UP_SBP"),
        createdAt: new Date("2026-04-14T20:30:00Z"),
      },
    ],
  });
  return { account, caller: createCaller(testContext(testDb.db, subscriberPrincipal(account))) };
}

describe(`ledger listing (${testDbLabel()})`, () => {
  it("pages through the ledger newest first with the total", async () => {
    const { account } = await setup();
    const first = await listLedger(testDb.db, account.id, { page: 1, pageSize: 10, now });
    expect(first).toMatchObject({ total: 27, page: 1, pageSize: 10, pages: 3 });
    expect(first.items[0]).toMatchObject({ amount: -124, createdAt: new Date(Date.UTC(2026, 3, 25, 9)) }); // 25 April
    const third = await listLedger(testDb.db, account.id, { page: 3, pageSize: 10, now });
    expect(third.items).toHaveLength(7);
    const all = await listLedger(testDb.db, account.id, { page: 1, pageSize: 100, now });
    const paged = [
      ...first.items,
      ...(await listLedger(testDb.db, account.id, { page: 2, pageSize: 10, now })).items,
      ...third.items,
    ];
    expect(paged.map((e) => e.id)).toEqual(all.items.map((e) => e.id));
    // Only this account's entries: the fixture's starting balance was zero, so nothing else is there.
    expect(all.items.reduce((sum, e) => sum + e.amount, 0)).toBe(80_000 - charges(25));
  });

  it("filters by type and by Moscow calendar days, both ends included", async () => {
    const { account } = await setup();
    const payments = await listLedger(testDb.db, account.id, { type: "PAYMENT", page: 1, pageSize: 20, now });
    expect(payments.total).toBe(2);
    const day14 = await listLedger(testDb.db, account.id, {
      from: "2026-04-14",
      to: "2026-04-14",
      page: 1,
      pageSize: 20,
      now,
    });
    // The call charge of 14 April and the late-evening payment.
    expect(day14.items.map((e) => e.amount).sort((a, b) => a - b)).toEqual([-113, 30_000]);
    const week = await listLedger(testDb.db, account.id, {
      type: "CHARGE",
      from: "2026-04-10",
      to: "2026-04-16",
      page: 1,
      pageSize: 20,
      now,
    });
    expect(week.total).toBe(7);
    const openEnded = await listLedger(testDb.db, account.id, { from: "2026-04-20", page: 1, pageSize: 20, now });
    expect(openEnded.total).toBe(6);
  });

  it("shows a subscriber only their own entries", async () => {
    const { account } = await setup();
    const stranger = await createSubscriber(testDb.db, { balance: 1_000 });
    const theirs = await createCaller(testContext(testDb.db, subscriberPrincipal(stranger))).payments.ledger({
      page: 1,
      pageSize: 100,
    });
    expect(theirs.total).toBe(1);
    // The text as a code and parameters for the reader's language to render, not a sentence.
    expect(theirs.items).toEqual([expect.objectContaining({ textCode: "OPENING_BALANCE", textParams: null })]);
    expect(theirs.items[0]).not.toHaveProperty("description");
    expect((await listLedger(testDb.db, account.id, { page: 1, pageSize: 100, now })).total).toBe(27);
  });

  it("refuses periods that are not real dates, run backwards, are absurd or longer than a year", async () => {
    const { caller } = await setup();
    const refused = async (input: { from?: string; to?: string }) =>
      caller.payments.ledger({ ...input, page: 1 }).then(
        () => null,
        (error: { code?: string; cause?: { details?: unknown } }) => ({
          code: error.code,
          details: error.cause?.details,
        }),
      );
    expect(await refused({ from: "2026-02-30" })).toEqual({
      code: "BAD_REQUEST",
      details: { field: "from", problem: "DATE" },
    });
    expect(await refused({ from: "2026-04-10", to: "2026-04-01" })).toEqual({
      code: "BAD_REQUEST",
      details: { field: "to", problem: "ORDER" },
    });
    expect(await refused({ from: "1970-01-01" })).toEqual({
      code: "BAD_REQUEST",
      details: { field: "from", problem: "OUT_OF_RANGE" },
    });
    expect(await refused({ from: "2024-01-01", to: "2025-06-01" })).toEqual({
      code: "BAD_REQUEST",
      details: { field: "to", problem: "TOO_LONG" },
    });
    expect(await refused({ from: "20260401" })).toMatchObject({ code: "BAD_REQUEST" });
    expect(await refused({ from: "2025-04-21", to: "2026-04-20" })).toBeNull();
  });
});

function charges(days: number) {
  return Array.from({ length: days }, (_, i) => 100 + i).reduce((a, b) => a + b, 0);
}
