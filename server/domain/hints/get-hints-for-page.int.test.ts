import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { recordSelfServiceEvent } from "@/server/domain/self-service/record-self-service-event";
import { DEMO_DECLINED_AMOUNT } from "@/server/domain/payments/payment-provider";

let testDb: TestDb;

beforeAll(async () => {
  testDb = await createTestDb();
  const article = await testDb.db.helpArticle.create({
    data: {
      slug: "top-up-balance",
      title: "Как пополнить баланс",
      titleEn: "How to top up",
      body: "…",
      bodyEn: "…",
      category: "payments",
    },
  });
  await testDb.db.hint.createMany({
    data: [
      { code: "tariffs-general", text: "Общая подсказка", textEn: "General", pages: ["tariffs"] },
      { code: "low-balance", text: "Мало денег", textEn: "Low balance", condition: "LOW_BALANCE" },
      {
        code: "funds",
        text: "Не хватило денег",
        textEn: "Not enough money",
        failedAction: "INSUFFICIENT_FUNDS",
        articleId: article.id,
      },
      { code: "blocked", text: "Блокировка", textEn: "Blocked", condition: "BLOCKED_FOR_DEBT" },
    ],
  });
});
afterAll(() => testDb.close());

describe(`hints in context (${testDbLabel()})`, () => {
  it("fits the page and the account state, and puts the last failure first with its article", async () => {
    const tariff = await createTariff(testDb.db, { monthlyFee: 60_000 });
    const account = await createSubscriber(testDb.db, { tariffId: tariff.id, balance: 5_000 });
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    expect((await caller.hints.forPage({ page: "tariffs" })).hints.map((h) => h.code)).toEqual([
      "low-balance",
      "tariffs-general",
    ]);

    await recordSelfServiceEvent(testDb.db, {
      accountId: account.id,
      action: "tariff.change",
      succeeded: false,
      errorCode: "INSUFFICIENT_FUNDS",
    });
    const afterFailure = await caller.hints.forPage({ page: "tariffs" });
    expect(afterFailure.lastFailure).toEqual({ action: "tariff.change", errorCode: "INSUFFICIENT_FUNDS" });
    expect(afterFailure.hints.map((h) => h.code)).toEqual(["funds", "low-balance", "tariffs-general"]);
    expect(afterFailure.hints[0]?.article?.slug).toBe("top-up-balance");

    await recordSelfServiceEvent(testDb.db, { accountId: account.id, action: "tariff.change", succeeded: true });
    expect((await caller.hints.forPage({ page: "tariffs" })).lastFailure).toBeNull();
  });

  it("shows a failure on the page of the action that failed and nowhere else", async () => {
    const account = await createSubscriber(testDb.db, { balance: 100_000 });
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    const declined = await caller.payments.topUp({
      amount: DEMO_DECLINED_AMOUNT,
      idempotencyKey: "hints-declined-top-up-01",
      page: "payments",
    });
    expect(declined.errorCode).toBe("PAYMENT_DECLINED");
    const payments = await caller.hints.forPage({ page: "payments" });
    expect(payments.lastFailure).toEqual({ action: "payment.top_up", errorCode: "PAYMENT_DECLINED" });
    for (const page of ["tariffs", "options", "security", "account"]) {
      expect({ page, lastFailure: (await caller.hints.forPage({ page })).lastFailure }).toEqual({
        page,
        lastFailure: null,
      });
    }

    // A tariff refused afterwards is the tariffs page's failure; the payment's stays on the payments page.
    await recordSelfServiceEvent(testDb.db, {
      accountId: account.id,
      action: "tariff.change",
      succeeded: false,
      errorCode: "SAME_TARIFF",
    });
    expect((await caller.hints.forPage({ page: "tariffs" })).lastFailure?.errorCode).toBe("SAME_TARIFF");
    expect((await caller.hints.forPage({ page: "payments" })).lastFailure?.errorCode).toBe("PAYMENT_DECLINED");
  });

  it("counts a shown hint once per browser session and page", async () => {
    const account = await createSubscriber(testDb.db, { balance: 1_000_000 });
    const sessionKey = "11111111-1111-4111-8111-111111111111";
    const caller = createCaller({
      ...testContext(testDb.db, subscriberPrincipal(account)),
      visitorSessionKey: sessionKey,
    });
    await caller.hints.forPage({ page: "tariffs" });
    await caller.hints.forPage({ page: "tariffs" });
    await caller.hints.forPage({ page: "options" });
    const impressions = await testDb.db.hintImpression.findMany({ where: { sessionKey }, select: { page: true } });
    expect(impressions.map((i) => i.page).sort()).toEqual(["tariffs"]);
  });

  it("records 'did not help' and offers the chat; the escalation keeps the context", async () => {
    const account = await createSubscriber(testDb.db, { balance: 100 });
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    const { hints } = await caller.hints.forPage({ page: "tariffs" });
    const hint = hints[0]!;
    expect(await caller.hints.feedback({ hintId: hint.id, helpful: false, page: "tariffs" })).toEqual({
      offerChat: true,
    });
    expect(
      await testDb.db.hintFeedback.count({ where: { hintId: hint.id, accountId: account.id, helpful: false } }),
    ).toBe(1);

    const { intentId } = await caller.hints.escalate({
      page: "tariffs",
      failedAction: "tariff.change",
      errorCode: "INSUFFICIENT_FUNDS",
      hintIds: [hint.id, "unknown-hint"],
    });
    expect(await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).toMatchObject({
      accountId: account.id,
      page: "tariffs",
      failedAction: "tariff.change",
      errorCode: "INSUFFICIENT_FUNDS",
      hintIds: [hint.id],
    });
  });

  it("lets visitors see page hints and escalate under their browser session", async () => {
    const caller = createCaller(testContext(testDb.db, null));
    expect((await caller.hints.forPage({ page: "tariffs" })).hints.map((h) => h.code)).toEqual(["tariffs-general"]);
    const { intentId } = await caller.hints.escalate({ page: "tariffs", hintIds: [] });
    expect((await testDb.db.escalationIntent.findUniqueOrThrow({ where: { id: intentId } })).visitorToken).toBe(
      "00000000-0000-4000-8000-000000000001",
    );
    await expect(caller.hints.forPage({ page: "Tariffs; drop" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
