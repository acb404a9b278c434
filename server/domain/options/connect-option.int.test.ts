import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { getBalance } from "@/server/domain/account/balance";
import { createCaller } from "@/server/api/root";

let testDb: TestDb;
let n = 0;

async function setup(balance: number) {
  const db = testDb.db;
  const tariff = await createTariff(db);
  const otherTariff = await createTariff(db);
  const account = await createSubscriber(db, { tariffId: tariff.id, balance });
  const option = (code: string, extra: object = {}) =>
    db.option.create({
      data: {
        code: `${code}-${++n}`,
        name: code,
        nameEn: `${code} (en)`,
        description: "",
        descriptionEn: "",
        connectionFee: 5_000,
        monthlyFee: 30_000,
        ...extra,
      },
    });
  const small = await option("5gb", { exclusiveGroup: `pack-${n}` });
  const big = await option("20gb", { exclusiveGroup: small.exclusiveGroup });
  const elsewhere = await option("static-ip", { compatibleTariffs: { create: [{ tariffId: otherTariff.id }] } });
  return { db, account, small, big, elsewhere, caller: createCaller(testContext(db, subscriberPrincipal(account))) };
}

const key = (label: string) => `${label}-key-${String(++n).padStart(12, "0")}`;
const causeCode = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (e: { cause?: { code?: string } }) => e.cause?.code,
  );

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`options (${testDbLabel()})`, () => {
  it("connects with the connection fee plus the prorated month and disconnects without a refund", async () => {
    const { db, account, small, caller } = await setup(100_000);
    const preview = await caller.options.previewConnect({ optionId: small.id });
    const { charged } = await caller.options.connect({ optionId: small.id, idempotencyKey: key("connect") });
    expect(charged).toBe(preview.chargeToday);
    expect(charged).toBeGreaterThanOrEqual(5_000);
    expect(await getBalance(db, account.id)).toBe(100_000 - charged);
    const list = await caller.options.list();
    expect(list.connected.map((o) => o.id)).toEqual([small.id]);
    expect(list.balance).toBe(100_000 - charged);
    // Two charges, each a code with the option named in both languages.
    const option = { ru: small.name, en: small.nameEn };
    const charges = (await caller.payments.ledger({ type: "CHARGE" })).items;
    expect(charges.map((e) => [e.category, e.textCode, e.textParams]).sort()).toEqual([
      ["CONNECTION_FEE", "OPTION_CONNECTION", { option }],
      ["OPTION_FEE", "OPTION_FEE_PRORATED", { option }],
    ]);
    expect(-charges.reduce((sum, e) => sum + e.amount, 0)).toBe(charged);

    await caller.options.disconnect({ optionId: small.id, idempotencyKey: key("disconnect") });
    expect(await getBalance(db, account.id)).toBe(100_000 - charged);
    expect((await caller.options.list()).connected).toEqual([]);
    expect(
      await db.auditLogEntry.count({
        where: { subjectAccountId: account.id, action: { in: ["option.connect", "option.disconnect"] } },
      }),
    ).toBe(2);
    expect(await causeCode(caller.options.disconnect({ optionId: small.id, idempotencyKey: key("again") }))).toBe(
      "OPTION_NOT_ACTIVE",
    );
  });

  it("offers to replace an option of the same exclusive group and replaces it when agreed", async () => {
    const { db, account, small, big, caller } = await setup(200_000);
    await caller.options.connect({ optionId: small.id, idempotencyKey: key("small") });
    const listed = (await caller.options.list()).available.find((o) => o.id === big.id);
    expect(listed).toMatchObject({ refusal: "OPTION_CONFLICT", replaces: [{ name: "5gb" }] });
    expect(await causeCode(caller.options.connect({ optionId: big.id, idempotencyKey: key("big") }))).toBe(
      "OPTION_CONFLICT",
    );
    await caller.options.connect({ optionId: big.id, replace: true, idempotencyKey: key("big") });
    const active = await db.optionSubscription.findMany({ where: { accountId: account.id, disconnectedAt: null } });
    expect(active.map((s) => s.optionId)).toEqual([big.id]);
  });

  it("explains that an option needs another tariff", async () => {
    const { elsewhere, caller } = await setup(200_000);
    const all = await caller.options.list();
    const listed = all.available.find((o) => o.id === elsewhere.id);
    expect(listed?.refusal).toBe("OPTION_INCOMPATIBLE");
    expect(listed?.compatibleTariffs).toHaveLength(1);
    expect(await causeCode(caller.options.connect({ optionId: elsewhere.id, idempotencyKey: key("x") }))).toBe(
      "OPTION_INCOMPATIBLE",
    );
  });

  it("connects once and charges once for 20 parallel requests", async () => {
    const { db, account, small, caller } = await setup(500_000);
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, () =>
        causeCode(caller.options.connect({ optionId: small.id, idempotencyKey: key("race") })),
      ),
    );
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "OPTION_ALREADY_ACTIVE")).toHaveLength(19);
    expect(await db.optionSubscription.count({ where: { accountId: account.id, disconnectedAt: null } })).toBe(1);
    expect(await db.ledgerEntry.count({ where: { accountId: account.id, category: "CONNECTION_FEE" } })).toBe(1);
  });

  it("refuses when money is short and keeps the balance", async () => {
    const { db, account, small, caller } = await setup(1_000);
    expect(await causeCode(caller.options.connect({ optionId: small.id, idempotencyKey: key("poor") }))).toBe(
      "INSUFFICIENT_FUNDS",
    );
    expect(await getBalance(db, account.id)).toBe(1_000);
  });
});
