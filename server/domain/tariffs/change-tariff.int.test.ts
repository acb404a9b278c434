import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { getBalance } from "@/server/domain/account/balance";
import { createCaller } from "@/server/api/root";

let testDb: TestDb;
const april16 = new Date("2026-04-16T09:00:00Z"); // 15 of 30 days left

async function setup(balance: number) {
  const db = testDb.db;
  const from = await createTariff(db, { monthlyFee: 40_000 });
  const to = await createTariff(db, { monthlyFee: 90_000 });
  const account = await createSubscriber(db, { tariffId: from.id, balance });
  const homeOnly = await db.option.create({
    data: {
      code: `static-ip-${from.id}`,
      name: "Статический IP",
      nameEn: "Static IP",
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee: 15_000,
      compatibleTariffs: { create: [{ tariffId: from.id }] },
    },
  });
  const anywhere = await db.option.create({
    data: {
      code: `music-${from.id}`,
      name: "Музыка",
      nameEn: "Music",
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee: 10_000,
    },
  });
  await db.optionSubscription.createMany({
    data: [
      { accountId: account.id, optionId: homeOnly.id },
      { accountId: account.id, optionId: anywhere.id },
    ],
  });
  return { account, from, to, homeOnly, anywhere, caller: createCaller(testContext(db, subscriberPrincipal(account))) };
}

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`tariff change (${testDbLabel()})`, () => {
  it("charges the days left, switches off what does not fit, and keeps ledger, history and audit in agreement", async () => {
    const { account, from, to, homeOnly, anywhere } = await setup(100_000);
    const { changeTariff } = await import("./change-tariff");
    const actor = { principal: subscriberPrincipal(account), page: "tariffs" };
    const change = await changeTariff(testDb.db, {
      accountId: account.id,
      tariffId: to.id,
      idempotencyKey: "change-key-0000000001",
      actor,
      now: april16,
    });

    expect(change.chargedAmount).toBe(45_000);
    const db = testDb.db;
    expect(await getBalance(db, account.id)).toBe(55_000);
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).tariffId).toBe(to.id);
    const active = await db.optionSubscription.findMany({ where: { accountId: account.id, disconnectedAt: null } });
    expect(active.map((s) => s.optionId)).toEqual([anywhere.id]);
    expect(active.map((s) => s.optionId)).not.toContain(homeOnly.id);
    const ledger = await db.ledgerEntry.findMany({ where: { changeRequestId: change.id } });
    // A code and parameters, the tariff named in both languages: each reader sees their own.
    expect(ledger).toEqual([
      expect.objectContaining({
        amount: -45_000,
        category: "TARIFF_FEE",
        type: "CHARGE",
        textCode: "TARIFF_FEE_PRORATED",
        textParams: { tariff: { ru: to.name, en: to.nameEn }, days: 15 },
      }),
    ]);
    const audit = await db.auditLogEntry.findFirstOrThrow({ where: { entityId: change.id } });
    expect(audit).toMatchObject({ action: "tariff.change", actorKind: "SUBSCRIBER", subjectAccountId: account.id });
    expect(
      await db.selfServiceEvent.count({ where: { accountId: account.id, action: "tariff.change", succeeded: true } }),
    ).toBe(1);
    expect(change.fromTariffId).toBe(from.id);
  });

  it("previews exactly what the change then does", async () => {
    const { to, caller } = await setup(100_000);
    const preview = await caller.tariffs.previewChange({ tariffId: to.id });
    const result = await caller.tariffs.change({ tariffId: to.id, idempotencyKey: "preview-then-change-0001" });
    expect(result.charged).toBe(preview.chargeToday);
    expect(preview.switchedOff.map((o) => o.reason)).toEqual(["INCOMPATIBLE"]);
    expect(preview.balanceAfter).toBe(preview.balance - preview.chargeToday);
    const [fee] = (await caller.payments.ledger({})).items;
    expect(fee).toMatchObject({
      amount: -result.charged,
      textCode: "TARIFF_FEE_PRORATED",
      textParams: { tariff: { ru: to.name, en: to.nameEn }, days: expect.any(Number) },
    });
  });

  it("refuses when the balance does not cover today's charge, changes nothing, and remembers the failure", async () => {
    const { account, to, from, caller } = await setup(1_000);
    await expect(
      caller.tariffs.change({ tariffId: to.id, idempotencyKey: "poor-change-00000001", page: "tariffs" }),
    ).rejects.toMatchObject({
      code: "PRECONDITION_FAILED",
      cause: expect.objectContaining({ code: "INSUFFICIENT_FUNDS" }),
    });
    const db = testDb.db;
    expect((await db.subscriberAccount.findUniqueOrThrow({ where: { id: account.id } })).tariffId).toBe(from.id);
    expect(await getBalance(db, account.id)).toBe(1_000);
    expect(await db.selfServiceEvent.findFirst({ where: { accountId: account.id, succeeded: false } })).toMatchObject({
      errorCode: "INSUFFICIENT_FUNDS",
      page: "tariffs",
    });
  });

  it("refuses an archived tariff", async () => {
    const { caller } = await setup(500_000);
    const archived = await createTariff(testDb.db, { isArchived: true });
    await expect(
      caller.tariffs.change({ tariffId: archived.id, idempotencyKey: "archived-change-0001" }),
    ).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "TARIFF_ARCHIVED" }),
    });
  });

  it("changes once and charges once for 20 parallel requests with one key", async () => {
    const { account, to, caller } = await setup(500_000);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        caller.tariffs.change({ tariffId: to.id, idempotencyKey: "double-click-key-0001" }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(20);
    const ids = new Set(results.map((r) => (r.status === "fulfilled" ? r.value.changeId : null)));
    expect(ids.size).toBe(1);
    expect(await testDb.db.changeRequest.count({ where: { accountId: account.id } })).toBe(1);
    expect(await testDb.db.ledgerEntry.count({ where: { accountId: account.id, category: "TARIFF_FEE" } })).toBe(1);
  });

  it("changes once and charges once for 20 parallel requests with different keys", async () => {
    const { account, to, caller } = await setup(500_000);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        caller.tariffs.change({ tariffId: to.id, idempotencyKey: `parallel-key-${String(i).padStart(6, "0")}` }),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refusals = results.flatMap((r) =>
      r.status === "rejected" ? [(r.reason as { cause?: { code?: string } }).cause?.code] : [],
    );
    expect(refusals).toEqual(Array(19).fill("SAME_TARIFF"));
    expect(await testDb.db.ledgerEntry.count({ where: { accountId: account.id, category: "TARIFF_FEE" } })).toBe(1);
  });

  it("does not let one subscriber replay another's key", async () => {
    const first = await setup(500_000);
    const second = await setup(500_000);
    await first.caller.tariffs.change({ tariffId: first.to.id, idempotencyKey: "shared-key-000000001" });
    await expect(
      second.caller.tariffs.change({ tariffId: second.to.id, idempotencyKey: "shared-key-000000001" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("lists the change in the history with names", async () => {
    const { to, caller } = await setup(500_000);
    await caller.tariffs.change({ tariffId: to.id, idempotencyKey: "history-key-00000001" });
    const history = await caller.tariffs.history({ page: 1 });
    expect(history.total).toBe(1);
    expect(history.items[0]).toMatchObject({ kind: "TARIFF_CHANGE", toTariff: { name: to.name }, byOperator: false });
  });
});
