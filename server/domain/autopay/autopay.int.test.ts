import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { getBalance } from "@/server/domain/account/balance";
import { entryText } from "@/server/domain/payments/ledger-text";
import {
  DEMO_DECLINED_AMOUNT,
  demoPaymentProvider,
  withProviderTimeout,
  type PaymentProvider,
} from "@/server/domain/payments/payment-provider";
import { DEFAULT_AUTOPAY_RULES as rules } from "./autopay-rules";
import { getAutopayState, saveAutopay, savePaymentMethod, switchOffAutopay } from "./autopay-settings";
import { runAutopay } from "./run-autopay";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const MINUTE = 60_000;
/** A provider that never answers: the pass's deadline has to give up on it. */
const hanging: PaymentProvider = {
  name: "demo",
  charge: () => new Promise(() => {}),
  saveMethod: () => new Promise(() => {}),
};

/** A subscriber with `balance` kopecks, a saved demo card and these autopay rules. */
async function subscriber(
  balance: number,
  choice: { threshold: number | null; topUpAmount: number | null; monthlyCharge?: boolean },
) {
  const account = await createSubscriber(testDb.db, { balance });
  const actor = { principal: subscriberPrincipal(account) };
  await savePaymentMethod(testDb.db, demoPaymentProvider, { accountId: account.id, actor });
  await saveAutopay(testDb.db, {
    accountId: account.id,
    choice: { monthlyCharge: false, ...choice },
    actor,
  });
  const db = testDb.db;
  return {
    account,
    actor,
    off: () => switchOffAutopay(db, { accountId: account.id, actor }),
    payments: () =>
      db.payment.findMany({
        where: { accountId: account.id },
        orderBy: { createdAt: "asc" },
        select: { amount: true, status: true, idempotencyKey: true },
      }),
    autopayEntries: () =>
      db.ledgerEntry.findMany({ where: { accountId: account.id, textCode: "AUTOPAY_CARD" }, select: { amount: true } }),
    notices: () => db.notice.findMany({ where: { accountId: account.id }, select: { kind: true, params: true } }),
    sms: () => db.outboxMessage.findMany({ where: { recipient: account.phone }, select: { body: true } }),
    spend: (amount: number, at: Date) =>
      db.ledgerEntry.create({
        data: {
          accountId: account.id,
          type: "CHARGE",
          category: "OTHER",
          amount: -amount,
          createdAt: at,
          ...entryText("CALLS_OVER_PACKAGE", { minutes: 1 }),
        },
      }),
  };
}

describe(`autopay (${testDbLabel()})`, () => {
  it("tops up once when the balance falls below the threshold, tells the subscriber, and again after the next fall", async () => {
    const s = await subscriber(5_000, { threshold: 10_000, topUpAmount: 30_000 });
    const now = new Date();
    await runAutopay(testDb.db, demoPaymentProvider, rules, now);
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(now.getTime() + MINUTE));
    expect(await s.autopayEntries()).toEqual([{ amount: 30_000 }]);
    expect(await getBalance(testDb.db, s.account.id)).toBe(35_000);
    expect(await s.notices()).toEqual([{ kind: "AUTOPAY_MADE", params: { amount: 30_000, trigger: "THRESHOLD" } }]);
    expect((await s.sms()).map((m) => m.body)).toEqual([expect.stringContaining("300")]);
    expect((await getAutopayState(testDb.db, s.account.id)).lastRun).toMatchObject({
      status: "SUCCEEDED",
      attempts: 0,
    });

    // Spending takes it below the threshold again: a new trigger, one more top-up.
    await s.spend(30_000, new Date(now.getTime() + 2 * MINUTE));
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(now.getTime() + 3 * MINUTE));
    expect(await s.autopayEntries()).toEqual([{ amount: 30_000 }, { amount: 30_000 }]);
    expect((await s.payments()).map((p) => p.status)).toEqual(["SUCCEEDED", "SUCCEEDED"]);
    await s.off();
  });

  it("does not charge again when its own top-up could not lift a debt to the threshold", async () => {
    const s = await subscriber(-50_000, { threshold: 10_000, topUpAmount: 20_000 });
    const now = new Date();
    for (let i = 0; i < 3; i++)
      await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(now.getTime() + i * MINUTE));
    expect(await s.autopayEntries()).toEqual([{ amount: 20_000 }]);
    await s.off();
  });

  it("retries a decline a bounded number of times, then tells the subscriber once", async () => {
    const s = await subscriber(500, { threshold: 1_000, topUpAmount: DEMO_DECLINED_AMOUNT });
    const start = Date.now();
    const at = (retries: number) => new Date(start + retries * rules.retryMs);
    expect(await runAutopay(testDb.db, demoPaymentProvider, rules, at(0))).toMatchObject({ claimed: 1, RETRY: 1 });
    // Not due yet: nothing is tried.
    expect(await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(start + MINUTE))).toMatchObject({
      RETRY: 0,
    });
    expect(await runAutopay(testDb.db, demoPaymentProvider, rules, at(1))).toMatchObject({ RETRY: 1 });
    expect(await runAutopay(testDb.db, demoPaymentProvider, rules, at(2))).toMatchObject({ DECLINED: 1 });
    expect(await runAutopay(testDb.db, demoPaymentProvider, rules, at(3))).toMatchObject({ claimed: 0, DECLINED: 0 });
    const payments = await s.payments();
    expect(payments.map((p) => p.status)).toEqual(["FAILED", "FAILED", "FAILED"]);
    expect(new Set(payments.map((p) => p.idempotencyKey)).size).toBe(rules.maxAttempts);
    expect(await s.autopayEntries()).toEqual([]);
    expect(await s.notices()).toEqual([
      { kind: "AUTOPAY_DECLINED", params: { amount: DEMO_DECLINED_AMOUNT, attempts: rules.maxAttempts } },
    ]);
    expect((await getAutopayState(testDb.db, s.account.id)).lastRun).toMatchObject({ status: "DECLINED", attempts: 3 });
    await s.off();
  });

  it("pays the coming month's charge the day before, once, and not earlier in the month", async () => {
    const s = await subscriber(100_000, { threshold: null, topUpAmount: null, monthlyCharge: true });
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date("2027-01-15T09:00:00Z"));
    expect(await s.autopayEntries()).toEqual([]);
    // 31 January, 15:00 in Moscow: the 1 February charge is 9 hours away.
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date("2027-01-31T12:00:00Z"));
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date("2027-01-31T20:00:00Z"));
    expect(await s.autopayEntries()).toEqual([{ amount: 50_000 }]);
    const run = await testDb.db.autopayRun.findFirstOrThrow({ where: { accountId: s.account.id } });
    expect(run).toMatchObject({ trigger: "MONTHLY", cycle: "2027-02", status: "SUCCEEDED" });
    await s.off();
  });

  it("leaves a payment pending when the provider times out, and the next pass finishes it once", async () => {
    const s = await subscriber(0, { threshold: 10_000, topUpAmount: 30_000 });
    const now = new Date();
    const quick = { ...rules, chargeTimeoutMs: 50 };
    expect(await runAutopay(testDb.db, hanging, quick, now)).toMatchObject({ unknown: 1 });
    expect(await s.payments()).toEqual([expect.objectContaining({ status: "PENDING" })]);
    expect(await s.autopayEntries()).toEqual([]);
    expect(await testDb.db.autopayRun.findFirstOrThrow({ where: { accountId: s.account.id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(now.getTime() + MINUTE));
    expect(await s.payments()).toEqual([expect.objectContaining({ status: "SUCCEEDED" })]);
    expect(await s.autopayEntries()).toEqual([{ amount: 30_000 }]);
    await s.off();
  });

  it("saves nothing when the provider times out saving a card", async () => {
    const account = await createSubscriber(testDb.db);
    const error = await appErrorOf(
      savePaymentMethod(testDb.db, withProviderTimeout(hanging, 50), {
        accountId: account.id,
        actor: { principal: subscriberPrincipal(account) },
      }),
    );
    expect(error.code).toBe("PAYMENT_PROVIDER_UNAVAILABLE");
    expect(await testDb.db.paymentMethod.count({ where: { accountId: account.id } })).toBe(0);
    expect(await testDb.db.auditLogEntry.count({ where: { subjectAccountId: account.id } })).toBe(0);
  });

  it("keeps the card as a token and a masked label, refuses rules that make no sense, and switches off at once", async () => {
    const account = await createSubscriber(testDb.db, { balance: 500 });
    const actor = { principal: subscriberPrincipal(account) };
    const choice = { threshold: 10_000, topUpAmount: 30_000, monthlyCharge: false };
    expect((await appErrorOf(saveAutopay(testDb.db, { accountId: account.id, choice, actor }))).code).toBe(
      "AUTOPAY_NO_METHOD",
    );
    const state = await savePaymentMethod(testDb.db, demoPaymentProvider, { accountId: account.id, actor });
    expect(state.method?.label).toBe("••\u00a04242");
    const below = await appErrorOf(
      saveAutopay(testDb.db, { accountId: account.id, choice: { ...choice, topUpAmount: 5_000 }, actor }),
    );
    expect(below).toMatchObject({
      code: "INVALID_INPUT",
      details: { field: "topUpAmount", problem: "BELOW_THRESHOLD" },
    });
    const absurd = await appErrorOf(
      saveAutopay(testDb.db, { accountId: account.id, choice: { ...choice, topUpAmount: 1e12 }, actor }),
    );
    expect(absurd).toMatchObject({ code: "INVALID_INPUT", details: { field: "topUpAmount", problem: "TOO_LARGE" } });
    expect(await testDb.db.autopay.count({ where: { accountId: account.id } })).toBe(0);

    await saveAutopay(testDb.db, {
      accountId: account.id,
      choice: { ...choice, threshold: 1_000, topUpAmount: DEMO_DECLINED_AMOUNT },
      actor,
    });
    const start = new Date();
    await runAutopay(testDb.db, demoPaymentProvider, rules, start);
    const off = await switchOffAutopay(testDb.db, { accountId: account.id, actor });
    expect(off.rules?.enabled).toBe(false);
    expect(off.lastRun?.status).toBe("CANCELLED");
    await runAutopay(testDb.db, demoPaymentProvider, rules, new Date(start.getTime() + 10 * rules.retryMs));
    expect(await testDb.db.payment.count({ where: { accountId: account.id } })).toBe(1);
    const removed = await switchOffAutopay(testDb.db, { accountId: account.id, actor, removeMethod: true });
    expect(removed.method).toBeNull();
  });
});
