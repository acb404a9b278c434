import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { getBalance } from "@/server/domain/account/balance";
import { createCaller } from "@/server/api/root";
import type { Prisma } from "@/server/generated/prisma/client";
import { entryText } from "@/server/domain/payments/ledger-text";
import { getBalanceOverview } from "./get-balance-overview";
import { getSpendingByCategory } from "./get-spending-by-category";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const now = new Date("2026-04-20T09:00:00Z");

async function option(code: string, monthlyFee: number) {
  return testDb.db.option.create({
    data: {
      code: `${code}-${Math.random().toString(36).slice(2)}`,
      name: code,
      nameEn: code,
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee,
    },
  });
}

async function entries(
  accountId: string,
  rows: Array<Omit<Prisma.LedgerEntryCreateManyInput, "accountId" | "textCode">>,
) {
  await testDb.db.ledgerEntry.createMany({
    data: rows.map((r) => ({ ...r, accountId, ...entryText("LEGACY_TEXT", { text: "Фикстура" }) })),
  });
}

describe(`balance overview and spending (${testDbLabel()})`, () => {
  it("computes the next monthly charge from the tariff and paid options, and the forecast from the ledger", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 60_000 });
    const account = await createSubscriber(testDb.db, { tariffId: tariff.id });
    const paid = await option("music", 15_000);
    const included = await option("caller-id", 5_000);
    const gone = await option("old", 9_000);
    await testDb.db.tariffIncludedOption.create({ data: { tariffId: tariff.id, optionId: included.id } });
    await testDb.db.optionSubscription.createMany({
      data: [
        { accountId: account.id, optionId: paid.id },
        { accountId: account.id, optionId: included.id },
        { accountId: account.id, optionId: gone.id, disconnectedAt: new Date("2026-04-02T00:00:00Z") },
      ],
    });
    await entries(account.id, [
      { type: "PAYMENT", amount: 200_000, createdAt: new Date("2026-03-01T10:00:00Z") },
      { type: "CHARGE", category: "CALLS", amount: -30_000, createdAt: new Date("2026-03-15T10:00:00Z") }, // outside the 30 days
      { type: "CHARGE", category: "TARIFF_FEE", amount: -60_000, createdAt: new Date("2026-03-31T21:00:00Z") },
      { type: "CHARGE", category: "OPTION_FEE", amount: -15_000, createdAt: new Date("2026-03-31T21:00:00Z") },
      { type: "CHARGE", category: "INTERNET", amount: -15_000, createdAt: new Date("2026-04-19T10:00:00Z") },
      { type: "REFUND", amount: 5_000, createdAt: new Date("2026-04-19T11:00:00Z") },
    ]);

    const overview = await getBalanceOverview(testDb.db, account.id, now);
    expect(overview.balance).toBe(await getBalance(testDb.db, account.id));
    expect(overview.balance).toBe(85_000);
    expect(overview.nextCharge).toEqual({
      at: new Date("2026-04-30T21:00:00Z"),
      amount: 75_000,
      tariffFee: 60_000,
      optionsFee: 15_000,
    });
    expect(overview.spentInWindow).toBe(90_000);
    // 900 ₽ over 30 days is 30 ₽ a day; 850 ₽ lasts 28 whole days.
    expect(overview.forecast).toEqual({
      kind: "UNTIL",
      dailySpend: 3_000,
      days: 28,
      until: new Date("2026-05-18T09:00:00Z"),
    });
  });

  it("says the balance is exhausted at zero or in debt, and gives no forecast without spending", async () => {
    const idle = await createSubscriber(testDb.db, { balance: 10_000 });
    expect((await getBalanceOverview(testDb.db, idle.id, now)).forecast).toEqual({ kind: "NO_SPENDING" });
    const inDebt = await createSubscriber(testDb.db);
    await entries(inDebt.id, [
      { type: "CHARGE", category: "TARIFF_FEE", amount: -5_000, createdAt: new Date("2026-04-01T10:00:00Z") },
    ]);
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(inDebt)));
    expect(await caller.payments.overview()).toMatchObject({ balance: -5_000, forecast: { kind: "EXHAUSTED" } });
  });

  it("sums charges by category for this and the two previous Moscow calendar months", async () => {
    const account = await createSubscriber(testDb.db, { balance: 500_000 });
    await entries(account.id, [
      { type: "CHARGE", category: "TARIFF_FEE", amount: -50_000, createdAt: new Date("2026-01-15T10:00:00Z") }, // too old
      // 20:59 UTC on 31 January is 23:59 in Moscow (January, too old); 21:00 UTC is already 1 February there.
      { type: "CHARGE", category: "CALLS", amount: -1_000, createdAt: new Date("2026-01-31T20:59:00Z") },
      { type: "CHARGE", category: "TARIFF_FEE", amount: -50_000, createdAt: new Date("2026-01-31T21:00:00Z") },
      { type: "CHARGE", category: "CALLS", amount: -2_500, createdAt: new Date("2026-02-10T10:00:00Z") },
      { type: "CHARGE", category: "CALLS", amount: -500, createdAt: new Date("2026-02-11T10:00:00Z") },
      { type: "CHARGE", category: "ROAMING", amount: -12_000, createdAt: new Date("2026-03-31T20:00:00Z") }, // 23:00 Moscow, March
      { type: "CHARGE", category: "TARIFF_FEE", amount: -50_000, createdAt: new Date("2026-03-31T21:00:00Z") }, // April
      { type: "CHARGE", category: "INTERNET", amount: -10_000, createdAt: new Date("2026-04-19T10:00:00Z") },
      { type: "CHARGE", category: null, amount: -700, createdAt: new Date("2026-04-19T11:00:00Z") },
      { type: "PAYMENT", amount: 100_000, createdAt: new Date("2026-04-10T10:00:00Z") },
      { type: "ADJUSTMENT", amount: -3_000, createdAt: new Date("2026-04-10T10:00:00Z") },
    ]);
    const other = await createSubscriber(testDb.db);
    await entries(other.id, [
      { type: "CHARGE", category: "CALLS", amount: -99_900, createdAt: new Date("2026-04-10T10:00:00Z") },
    ]);

    const spending = await getSpendingByCategory(testDb.db, account.id, now);
    expect(spending.months).toEqual([
      { key: "2026-02", year: 2026, month: 2, total: 53_000, byCategory: { TARIFF_FEE: 50_000, CALLS: 3_000 } },
      { key: "2026-03", year: 2026, month: 3, total: 12_000, byCategory: { ROAMING: 12_000 } },
      {
        key: "2026-04",
        year: 2026,
        month: 4,
        total: 60_700,
        byCategory: { TARIFF_FEE: 50_000, INTERNET: 10_000, OTHER: 700 },
      },
    ]);
    expect(spending.categories).toEqual(["TARIFF_FEE", "CALLS", "INTERNET", "ROAMING", "OTHER"]);
  });

  it("gives three empty months to an account without charges", async () => {
    const account = await createSubscriber(testDb.db);
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    const spending = await caller.payments.spending();
    expect(spending.months.map((m) => m.total)).toEqual([0, 0, 0]);
    expect(spending.categories).toEqual([]);
  });
});
