import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { getBalance } from "@/server/domain/account/balance";
import { createCaller } from "@/server/api/root";
import { demoPaymentProvider, DEMO_DECLINED_AMOUNT, type PaymentProvider } from "./payment-provider";
import { topUpBalance } from "./top-up-balance";
import { entryText } from "./ledger-text";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

async function setup(balance = 10_000) {
  const account = await createSubscriber(testDb.db, { balance });
  const principal = subscriberPrincipal(account);
  return { account, principal, caller: createCaller(testContext(testDb.db, principal)) };
}

/** The demo provider, counting how often it is asked. */
function countingProvider(base: PaymentProvider = demoPaymentProvider) {
  const calls: string[] = [];
  const provider: PaymentProvider = {
    ...base,
    charge: async (request) => {
      calls.push(request.idempotencyKey);
      return base.charge(request);
    },
  };
  return { provider, calls };
}

describe(`top-up (${testDbLabel()})`, () => {
  it("records the payment, its ledger entry, audit and the self-service event, and raises the balance", async () => {
    const { account, caller } = await setup(10_000);
    const result = await caller.payments.topUp({
      amount: 50_000,
      idempotencyKey: "top-up-plain-000000001",
      page: "payments",
    });
    expect(result).toMatchObject({
      status: "SUCCEEDED",
      amount: 50_000,
      balance: 60_000,
      errorCode: null,
      accountStatus: "ACTIVE",
    });
    const db = testDb.db;
    const payment = await db.payment.findUniqueOrThrow({
      where: { id: result.paymentId },
      include: { ledgerEntry: true },
    });
    expect(payment).toMatchObject({
      status: "SUCCEEDED",
      provider: "demo",
      providerRef: expect.stringMatching(/^demo-/),
    });
    // A code, not a sentence: the reader's language renders it.
    expect(payment.ledgerEntry).toMatchObject({
      type: "PAYMENT",
      amount: 50_000,
      accountId: account.id,
      category: null,
      textCode: "TOP_UP_CARD",
      textParams: null,
    });
    expect(
      await db.auditLogEntry.findFirst({ where: { action: "payment.top_up", entityId: payment.id } }),
    ).toMatchObject({
      actorKind: "SUBSCRIBER",
      subjectAccountId: account.id,
      ip: "203.0.113.7",
    });
    expect(
      await db.selfServiceEvent.findFirst({ where: { accountId: account.id, action: "payment.top_up" } }),
    ).toMatchObject({ succeeded: true, page: "payments" });
  });

  it("pays once for 20 parallel requests with one key, and every request gets the same answer", async () => {
    const { account, principal } = await setup(0);
    const { provider, calls } = countingProvider();
    const actor = { principal };
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        topUpBalance(testDb.db, provider, {
          accountId: account.id,
          amount: 30_000,
          idempotencyKey: "double-click-top-up-0001",
          actor,
        }),
      ),
    );
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(1);
    expect(results.every((r) => r.status === "SUCCEEDED" && r.amount === 30_000)).toBe(true);
    expect(calls).toHaveLength(1);
    const db = testDb.db;
    expect(await db.payment.count({ where: { accountId: account.id } })).toBe(1);
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, type: "PAYMENT" } })).toBe(1);
    expect(await db.selfServiceEvent.count({ where: { accountId: account.id, action: "payment.top_up" } })).toBe(1);
    expect(await getBalance(db, account.id)).toBe(30_000);
  });

  it("pays once through the API too when the same request is sent 20 times at once", async () => {
    const { account, caller } = await setup(0);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        caller.payments.topUp({ amount: 50_000, idempotencyKey: "api-double-submit-0001" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    expect(await testDb.db.ledgerEntry.count({ where: { accountId: account.id, type: "PAYMENT" } })).toBe(1);
    expect(await getBalance(testDb.db, account.id)).toBe(50_000);
  });

  it("records each of 20 parallel payments with different keys", async () => {
    const { account, caller } = await setup(0);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        caller.payments.topUp({ amount: 1_000 + i, idempotencyKey: `parallel-top-up-${String(i).padStart(6, "0")}` }),
      ),
    );
    expect(new Set(results.map((r) => r.paymentId)).size).toBe(20);
    const expected = Array.from({ length: 20 }, (_, i) => 1_000 + i).reduce((a, b) => a + b, 0);
    expect(await getBalance(testDb.db, account.id)).toBe(expected);
    expect(await testDb.db.ledgerEntry.count({ where: { accountId: account.id, type: "PAYMENT" } })).toBe(20);
  });

  it("records a declined payment with its error code and puts nothing on the ledger; a retry with the key asks no one", async () => {
    const { account, principal } = await setup(10_000);
    const { provider, calls } = countingProvider();
    const input = {
      accountId: account.id,
      amount: DEMO_DECLINED_AMOUNT,
      idempotencyKey: "declined-top-up-000001",
      actor: { principal, page: "payments" },
    };
    const result = await topUpBalance(testDb.db, provider, input);
    expect(result).toMatchObject({ status: "FAILED", errorCode: "PAYMENT_DECLINED", balance: 10_000 });
    const again = await topUpBalance(testDb.db, provider, input);
    expect(again).toMatchObject({ status: "FAILED", paymentId: result.paymentId });
    expect(calls).toHaveLength(1);
    const db = testDb.db;
    expect(await db.payment.findUniqueOrThrow({ where: { id: result.paymentId } })).toMatchObject({ status: "FAILED" });
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, type: "PAYMENT" } })).toBe(0);
    expect(await db.selfServiceEvent.findMany({ where: { accountId: account.id, action: "payment.top_up" } })).toEqual([
      expect.objectContaining({ succeeded: false, errorCode: "PAYMENT_DECLINED", page: "payments" }),
    ]);
    expect(await db.auditLogEntry.findFirst({ where: { entityId: result.paymentId } })).toMatchObject({
      action: "payment.top_up",
      details: expect.objectContaining({ status: "FAILED" }),
    });
  });

  it("keeps the payment pending when the provider's answer is lost, and a retry with the key completes it once", async () => {
    const { account, principal } = await setup(0);
    let lose = true;
    const { provider, calls } = countingProvider({
      ...demoPaymentProvider,
      name: "flaky",
      charge: async (request) => {
        if (lose) {
          lose = false;
          throw new Error("gateway timeout");
        }
        return demoPaymentProvider.charge(request);
      },
    });
    const input = {
      accountId: account.id,
      amount: 70_000,
      idempotencyKey: "lost-answer-top-up-0001",
      actor: { principal },
    };
    await expect(topUpBalance(testDb.db, provider, input)).rejects.toThrow("gateway timeout");
    expect(
      await testDb.db.payment.findUniqueOrThrow({ where: { idempotencyKey: input.idempotencyKey } }),
    ).toMatchObject({ status: "PENDING" });
    expect(await getBalance(testDb.db, account.id)).toBe(0);
    await expect(topUpBalance(testDb.db, provider, input)).resolves.toMatchObject({
      status: "SUCCEEDED",
      balance: 70_000,
    });
    expect(calls).toEqual([input.idempotencyKey, input.idempotencyKey]);
    expect(await testDb.db.ledgerEntry.count({ where: { accountId: account.id, type: "PAYMENT" } })).toBe(1);
  });

  it("unblocks an account blocked for debt once the balance is no longer negative", async () => {
    const { account, caller } = await setup(0);
    const db = testDb.db;
    await db.ledgerEntry.create({
      data: {
        accountId: account.id,
        type: "CHARGE",
        category: "TARIFF_FEE",
        amount: -40_000,
        ...entryText("LEGACY_TEXT", { text: "Абонентская плата" }),
      },
    });
    await db.subscriberAccount.update({ where: { id: account.id }, data: { status: "BLOCKED_FOR_DEBT" } });

    const partial = await caller.payments.topUp({ amount: 30_000, idempotencyKey: "unblock-partial-000001" });
    expect(partial).toMatchObject({ balance: -10_000, accountStatus: "BLOCKED_FOR_DEBT" });
    const covering = await caller.payments.topUp({ amount: 10_000, idempotencyKey: "unblock-covering-00001" });
    expect(covering).toMatchObject({ balance: 0, accountStatus: "ACTIVE" });
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).status).toBe("ACTIVE");
    expect(
      await db.auditLogEntry.findFirst({ where: { action: "account.unblock", subjectAccountId: account.id } }),
    ).toMatchObject({
      actorKind: "SYSTEM",
      details: expect.objectContaining({ paymentId: covering.paymentId }),
    });
  });

  it("refuses amounts outside 10 ₽ … 50 000 ₽ or not in whole kopecks, and records no payment", async () => {
    const { account, principal, caller } = await setup(0);
    for (const amount of [999, 5_000_001, 1_000.5, -5_000]) {
      await expect(
        caller.payments.topUp({ amount, idempotencyKey: `bad-amount-api-${amount}`.replace(".", "-") }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
      await expect(
        topUpBalance(testDb.db, demoPaymentProvider, {
          accountId: account.id,
          amount,
          idempotencyKey: "bad-amount-domain-0001",
          actor: { principal },
        }),
      ).rejects.toMatchObject({
        code: "INVALID_INPUT",
      });
    }
    await expect(
      caller.payments.topUp({ amount: 1_000, idempotencyKey: "bad-amount-edge-000001" }),
    ).resolves.toMatchObject({ status: "SUCCEEDED" });
    await expect(
      caller.payments.topUp({ amount: 5_000_000, idempotencyKey: "bad-amount-edge-000002" }),
    ).resolves.toMatchObject({ status: "SUCCEEDED" });
    expect(await testDb.db.payment.count({ where: { accountId: account.id } })).toBe(2);
  });

  it("does not let a key be replayed for another account or another amount", async () => {
    const first = await setup(0);
    const second = await setup(0);
    await first.caller.payments.topUp({ amount: 50_000, idempotencyKey: "shared-top-up-key-0001" });
    await expect(
      second.caller.payments.topUp({ amount: 50_000, idempotencyKey: "shared-top-up-key-0001" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(
      first.caller.payments.topUp({ amount: 60_000, idempotencyKey: "shared-top-up-key-0001" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await getBalance(testDb.db, second.account.id)).toBe(0);
    expect(await getBalance(testDb.db, first.account.id)).toBe(50_000);
  });
});
