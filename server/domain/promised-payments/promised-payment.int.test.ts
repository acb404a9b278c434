import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { getBalance } from "@/server/domain/account/balance";
import { demoPaymentProvider } from "@/server/domain/payments/payment-provider";
import { topUpBalance } from "@/server/domain/payments/top-up-balance";
import { DEFAULT_PROMISED_PAYMENT_RULES as rules } from "./promised-payment-rules";
import { getPromisedPaymentState } from "./get-promised-payment";
import { takePromisedPayment } from "./take-promised-payment";
import { expireDuePromisedPayments } from "./expire-promised-payments";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const DAY_MS = 86_400_000;
let keys = 0;
const key = () => `promised-test-${String(++keys).padStart(6, "0")}`;

/** A subscriber whose balance is `balance` kopecks (tariff 500 ₽ a month), blocked for debt when negative. */
async function subscriber(balance: number) {
  const account = await createSubscriber(testDb.db, { balance });
  if (balance < 0)
    await testDb.db.subscriberAccount.update({ where: { id: account.id }, data: { status: "BLOCKED_FOR_DEBT" } });
  const actor = { principal: subscriberPrincipal(account), ip: "203.0.113.9" };
  const take = (amount: number, opts: { idempotencyKey?: string; now?: Date } = {}) =>
    takePromisedPayment(testDb.db, rules, {
      accountId: account.id,
      amount,
      idempotencyKey: opts.idempotencyKey ?? key(),
      actor,
      now: opts.now,
    });
  const topUp = (amount: number, now?: Date) =>
    topUpBalance(testDb.db, demoPaymentProvider, { accountId: account.id, amount, idempotencyKey: key(), actor, now });
  const ledger = () =>
    testDb.db.ledgerEntry.findMany({
      where: { accountId: account.id, promisedPaymentId: { not: null } },
      orderBy: [{ createdAt: "asc" }, { amount: "desc" }],
      select: { type: true, amount: true, textCode: true },
    });
  const status = async () =>
    (await testDb.db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).status;
  return { account, take, topUp, ledger, status };
}

describe(`promised payment (${testDbLabel()})`, () => {
  it("unblocks a number in debt at once, then is repaid from the next top-up, all on the ledger and audited", async () => {
    const s = await subscriber(-12_000);
    const taken = await s.take(20_000);
    expect(taken).toMatchObject({ taken: true, balance: -12_000 + 20_000 - 2_500, accountStatus: "ACTIVE" });
    expect(taken.promisedPayment).toMatchObject({ amount: 20_000, fee: 2_500, repaid: 0, status: "ACTIVE" });
    expect(taken.promisedPayment.dueAt.getTime() - taken.promisedPayment.takenAt.getTime()).toBe(3 * DAY_MS);
    expect(await s.status()).toBe("ACTIVE");
    // While in use, the card reads it back as it was stored, dates included.
    expect(await getPromisedPaymentState(testDb.db, s.account.id, rules, new Date())).toMatchObject({
      balance: -12_000 + 20_000 - 2_500,
      accountStatus: "ACTIVE",
      open: taken.promisedPayment,
      offer: { kind: "REFUSED", reason: "ALREADY_TAKEN" },
    });
    const audit = await testDb.db.auditLogEntry.findMany({
      where: { subjectAccountId: s.account.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, actorKind: true },
    });
    expect(audit).toEqual(
      expect.arrayContaining([
        { action: "promised_payment.take", actorKind: "SUBSCRIBER" },
        { action: "account.unblock", actorKind: "SYSTEM" },
      ]),
    );

    const paid = await s.topUp(50_000);
    expect(paid.balance).toBe(5_500 + 50_000 - 20_000);
    expect(await s.ledger()).toEqual([
      { type: "ADJUSTMENT", amount: 20_000, textCode: "PROMISED_PAYMENT_CREDIT" },
      { type: "CHARGE", amount: -2_500, textCode: "PROMISED_PAYMENT_FEE" },
      { type: "ADJUSTMENT", amount: -20_000, textCode: "PROMISED_PAYMENT_REPAYMENT" },
    ]);
    const state = await getPromisedPaymentState(testDb.db, s.account.id, rules, new Date());
    expect(state.open).toBeNull();
    expect(
      await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: taken.promisedPayment.id } }),
    ).toMatchObject({ status: "REPAID", repaid: 20_000 });
  });

  it("is repaid in parts by top-ups smaller than the credit", async () => {
    const s = await subscriber(1_000);
    const { promisedPayment } = await s.take(30_000);
    await s.topUp(10_000);
    expect(await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: promisedPayment.id } })).toMatchObject({
      status: "ACTIVE",
      repaid: 10_000,
    });
    expect(await getBalance(testDb.db, s.account.id)).toBe(1_000 + 30_000 - 2_500);
    await s.topUp(25_000);
    expect(await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: promisedPayment.id } })).toMatchObject({
      status: "REPAID",
      repaid: 30_000,
    });
    expect(await getBalance(testDb.db, s.account.id)).toBe(1_000 - 2_500 + 10_000 + 25_000);
  });

  it("takes one credit for 20 simultaneous requests with different keys, refusing the others", async () => {
    const s = await subscriber(-5_000);
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => s.take(10_000)));
    const taken = results.filter((r) => r.status === "fulfilled");
    const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason as { code?: string }] : []));
    expect(taken).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(Array(19).fill("PROMISED_PAYMENT_TAKEN"));
    expect(await testDb.db.promisedPayment.count({ where: { accountId: s.account.id } })).toBe(1);
    expect((await s.ledger()).map((e) => e.textCode)).toEqual(["PROMISED_PAYMENT_CREDIT", "PROMISED_PAYMENT_FEE"]);
    expect(await getBalance(testDb.db, s.account.id)).toBe(-5_000 + 10_000 - 2_500);
  });

  it("answers 20 simultaneous requests with one key alike, with one credit", async () => {
    const s = await subscriber(-5_000);
    const idempotencyKey = key();
    const results = await Promise.all(Array.from({ length: 20 }, () => s.take(10_000, { idempotencyKey })));
    expect(new Set(results.map((r) => r.promisedPayment.id)).size).toBe(1);
    expect(results.filter((r) => r.taken)).toHaveLength(1);
    expect(new Set(results.map((r) => r.balance))).toEqual(new Set([2_500]));
    expect(await s.ledger()).toHaveLength(2);
    // The key reused for another amount is a client bug, not a second credit.
    expect((await appErrorOf(s.take(12_000, { idempotencyKey }))).code).toBe("CONFLICT");
  });

  it("writes off an unpaid one when due and blocks the number again; none again until the debt is paid", async () => {
    const s = await subscriber(-3_000);
    const takenAt = new Date(Date.now() - 3 * DAY_MS - 60_000);
    const { promisedPayment } = await s.take(8_000, { now: takenAt });
    expect(await s.status()).toBe("ACTIVE");
    // Two instances' jobs at once: one write-off.
    const reports = await Promise.all([
      expireDuePromisedPayments(testDb.db, new Date()),
      expireDuePromisedPayments(testDb.db, new Date()),
    ]);
    expect(reports.reduce((sum, r) => sum + r.expired, 0)).toBe(1);
    expect((await s.ledger()).map((e) => [e.textCode, e.amount])).toEqual([
      ["PROMISED_PAYMENT_CREDIT", 8_000],
      ["PROMISED_PAYMENT_FEE", -2_500],
      ["PROMISED_PAYMENT_WRITE_OFF", -8_000],
    ]);
    expect(await s.status()).toBe("BLOCKED_FOR_DEBT");
    expect(await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: promisedPayment.id } })).toMatchObject({
      status: "OVERDUE",
    });
    expect(await appErrorOf(s.take(8_000))).toMatchObject({
      code: "PROMISED_PAYMENT_TAKEN",
      details: { reason: "NOT_REPAID" },
    });

    const paid = await s.topUp(6_000);
    expect(paid).toMatchObject({ balance: 500, accountStatus: "ACTIVE" });
    expect(await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: promisedPayment.id } })).toMatchObject({
      status: "REPAID",
    });
    expect((await s.take(5_000)).taken).toBe(true);
  });

  it("keeps a written-off one closed when the balance stays positive, and leaves the number working", async () => {
    const s = await subscriber(9_000);
    const { promisedPayment } = await s.take(5_000, { now: new Date(Date.now() - 4 * DAY_MS) });
    expect(await expireDuePromisedPayments(testDb.db, new Date())).toMatchObject({ blocked: 0 });
    expect(await s.status()).toBe("ACTIVE");
    expect(await testDb.db.promisedPayment.findUniqueOrThrow({ where: { id: promisedPayment.id } })).toMatchObject({
      status: "REPAID",
    });
  });

  it("refuses an amount outside the offer, and a balance that is not low", async () => {
    const s = await subscriber(-12_000);
    expect(await appErrorOf(s.take(14_000))).toMatchObject({ code: "INVALID_INPUT", details: { min: 14_500 } });
    expect(await appErrorOf(s.take(100_100))).toMatchObject({ code: "INVALID_INPUT", details: { max: 64_500 } });
    expect((await appErrorOf(s.take(-5))).code).toBe("INVALID_INPUT");
    const rich = await subscriber(60_000);
    expect(await appErrorOf(rich.take(10_000))).toMatchObject({
      code: "PROMISED_PAYMENT_UNAVAILABLE",
      details: { reason: "BALANCE_NOT_LOW" },
    });
    expect(
      await testDb.db.promisedPayment.count({ where: { accountId: { in: [s.account.id, rich.account.id] } } }),
    ).toBe(0);
  });
});
