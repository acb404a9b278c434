import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff } from "@/server/testing/fixtures";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { loadAccountSnapshots, situationOnPage } from "./account-situations";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const now = new Date("2026-06-15T12:00:00Z");
const daysAgo = (days: number) => new Date(Date.UTC(2026, 5, 15 - days));

/** An option on sale: with `onlyFor` it is sold only with those tariffs. */
async function createOption(code: string, monthlyFee: number, onlyFor: string[] = []) {
  const db = testDb.db;
  return db.option.create({
    data: {
      code,
      name: code,
      nameEn: code,
      description: "…",
      descriptionEn: "…",
      connectionFee: 0,
      monthlyFee,
      compatibleTariffs: { create: onlyFor.map((tariffId) => ({ tariffId })) },
    },
  });
}

describe(`the facts behind hints, read in one statement (${testDbLabel()})`, () => {
  it("sums the ledger and the usual month, charges what the 1st will take, and keeps the last day's attempts", async () => {
    const db = testDb.db;
    const tariff = await createTariff(db, { monthlyFee: 50_000 });
    const other = await createTariff(db);
    // A fee change scheduled for the 1st is what the next charge takes; one for later is not.
    await db.tariffPrice.createMany({
      data: [
        { tariffId: tariff.id, monthlyFee: 60_000, effectiveFrom: nextMonthlyChargeDate(now) },
        { tariffId: tariff.id, monthlyFee: 90_000, effectiveFrom: nextMonthlyChargeDate(nextMonthlyChargeDate(now)) },
      ],
    });
    const included = await createOption("facts-included", 10_000);
    const paid = await createOption("facts-paid", 5_000);
    await createOption("facts-elsewhere", 1_000, [other.id]);
    await db.tariffIncludedOption.create({ data: { tariffId: tariff.id, optionId: included.id } });

    const account = await createSubscriber(db, { tariffId: tariff.id, balance: 30_000, accountNumber: "300000002" });
    const quiet = await createSubscriber(db, { tariffId: other.id, accountNumber: "300000001" });
    await db.ledgerEntry.create({
      data: { accountId: account.id, type: "CHARGE", amount: -45_000, textCode: "TEST" },
    });
    await db.optionSubscription.createMany({
      data: [
        { accountId: account.id, optionId: included.id },
        { accountId: account.id, optionId: paid.id },
        { accountId: account.id, optionId: paid.id, disconnectedAt: daysAgo(3) },
      ],
    });
    // 90 days back counts (its first day included), the 91st does not.
    await db.dailyUsage.createMany({
      data: [
        { accountId: account.id, day: daysAgo(90), minutes: 600, mb: 1_000, sms: 30 },
        { accountId: account.id, day: daysAgo(1), minutes: 300, mb: 500, sms: 0 },
        { accountId: account.id, day: daysAgo(91), minutes: 99_999, mb: 99_999, sms: 99_999 },
      ],
    });
    await db.selfServiceEvent.createMany({
      data: [
        {
          accountId: account.id,
          action: "payment.top_up",
          succeeded: false,
          errorCode: "PAYMENT_DECLINED",
          createdAt: new Date("2026-06-15T11:00:00Z"),
        },
        {
          accountId: account.id,
          action: "tariff.change",
          succeeded: true,
          createdAt: new Date("2026-06-15T11:30:00Z"),
        },
        {
          accountId: account.id,
          action: "tariff.change",
          succeeded: false,
          errorCode: "OLD",
          createdAt: new Date("2026-06-14T11:00:00Z"),
        },
      ],
    });

    const [first, second] = await loadAccountSnapshots(db, [account.id, quiet.id], now);
    expect(first?.accountId).toBe(quiet.id); // by account number
    expect(second).toEqual({
      accountId: account.id,
      accountNumber: "300000002",
      fullName: account.fullName,
      facts: {
        balance: -15_000,
        status: "ACTIVE",
        nextMonthlyCharge: 65_000, // the fee from the 1st plus the paid option, the included one free
        usualMonth: { minutes: 13_500, mb: 22_500, sms: 450 }, // 900 min, 1 500 MB, 30 SMS on 2 days, × 30 / 2
        allowance: { minutes: 300, mb: 10_240, sms: 50 },
      },
      optionsUnavailable: true,
      recentEvents: [
        { action: "tariff.change", succeeded: true, errorCode: null },
        { action: "payment.top_up", succeeded: false, errorCode: "PAYMENT_DECLINED" },
      ],
    });
    // The other tariff can have every option on sale; no usage, no ledger, no attempts.
    expect(first).toMatchObject({
      facts: { balance: 0, usualMonth: { minutes: 0, mb: 0, sms: 0 } },
      optionsUnavailable: false,
      recentEvents: [],
    });
    expect(situationOnPage(second!, "options").conditions).toEqual([
      "NEGATIVE_BALANCE",
      "OPTION_UNAVAILABLE_ON_TARIFF",
      "USAGE_ABOVE_QUOTA",
    ]);
    expect(situationOnPage(second!, "payments").lastFailure).toEqual({
      action: "payment.top_up",
      errorCode: "PAYMENT_DECLINED",
    });
    expect(await loadAccountSnapshots(db, ["no-such-account"], now)).toEqual([]);
  });
});
