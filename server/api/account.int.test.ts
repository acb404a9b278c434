import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  staffPrincipal,
  subscriberPrincipal,
  testContext,
} from "@/server/testing/fixtures";
import { entryText } from "@/server/domain/payments/ledger-text";
import { createCaller } from "./root";

let testDb: TestDb;
let alice: Awaited<ReturnType<typeof createSubscriber>>;
let bob: Awaited<ReturnType<typeof createSubscriber>>;

beforeAll(async () => {
  testDb = await createTestDb();
  alice = await createSubscriber(testDb.db, { balance: 12_345 });
  bob = await createSubscriber(testDb.db, { balance: -500 });
  const db = testDb.db;
  const option = await db.option.create({
    data: {
      code: "who-called",
      name: "Кто звонил",
      nameEn: "Who called",
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee: 4_900,
    },
  });
  await db.optionSubscription.create({ data: { accountId: alice.id, optionId: option.id } });
  await db.optionSubscription.create({
    data: { accountId: alice.id, optionId: option.id, disconnectedAt: new Date() },
  });
  await db.ledgerEntry.createMany({
    data: [
      {
        accountId: alice.id,
        type: "CHARGE",
        category: "TARIFF_FEE",
        amount: -50_000,
        ...entryText("LEGACY_TEXT", { text: "Абонентская плата" }),
      },
      { accountId: alice.id, type: "PAYMENT", amount: 100_000, ...entryText("TOP_UP_CARD") },
    ],
  });
});
afterAll(() => testDb.close());

describe(`account procedures (${testDbLabel()})`, () => {
  it("shows the subscriber their own account with the balance summed from the ledger", async () => {
    const summary = await createCaller(testContext(testDb.db, subscriberPrincipal(alice))).account.mySummary();
    expect(summary).toMatchObject({ id: alice.id, accountNumber: alice.accountNumber, status: "ACTIVE" });
    expect(summary.balance).toBe(12_345 - 50_000 + 100_000);
    expect(summary.options.map((o) => o.code)).toEqual(["who-called"]);
  });

  it("gives a subscriber their own account by id and hides anyone else's", async () => {
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(alice)));
    await expect(caller.account.summary({ accountId: alice.id })).resolves.toMatchObject({ id: alice.id });
    await expect(caller.account.summary({ accountId: bob.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller.account.summary({ accountId: "missing" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lets support staff read any account but not marketers", async () => {
    const operator = await createStaff(testDb.db, ["OPERATOR"]);
    const marketer = await createStaff(testDb.db, ["MARKETER"]);
    const asOperator = createCaller(testContext(testDb.db, staffPrincipal(operator)));
    await expect(asOperator.account.summary({ accountId: bob.id })).resolves.toMatchObject({ balance: -500 });
    const asMarketer = createCaller(testContext(testDb.db, staffPrincipal(marketer)));
    await expect(asMarketer.account.summary({ accountId: bob.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses bad ids as invalid input", async () => {
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(alice)));
    await expect(caller.account.summary({ accountId: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.account.summary({ accountId: "x".repeat(65) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
