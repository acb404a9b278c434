import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { entryText } from "@/server/domain/payments/ledger-text";
import { getAccountSummary } from "./get-account-summary";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

let n = 0;
async function createOption(sortOrder: number, monthlyFee: number) {
  const code = `summary-option-${++n}`;
  return testDb.db.option.create({
    data: {
      code,
      name: `Опция ${n}`,
      nameEn: `Option ${n}`,
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee,
      sortOrder,
    },
  });
}

const view = (
  o: { id: string; code: string; name: string; nameEn: string },
  monthlyFee: number,
  includedInTariff: boolean,
) => ({
  id: o.id,
  code: o.code,
  name: o.name,
  nameEn: o.nameEn,
  monthlyFee,
  includedInTariff,
});

describe(`account summary (${testDbLabel()})`, () => {
  it("lists the tariff's options first, free, then the connected ones oldest first, with the ledger's sum", async () => {
    const db = testDb.db;
    const tariff = await createTariff(db, { monthlyFee: 45_000 });
    // Stored out of order on purpose: the summary orders included options by sortOrder.
    const secondIncluded = await createOption(2, 9_900);
    const firstIncluded = await createOption(1, 19_900);
    await db.tariffIncludedOption.createMany({
      data: [secondIncluded, firstIncluded].map((o) => ({ tariffId: tariff.id, optionId: o.id })),
    });
    const account = await createSubscriber(db, { tariffId: tariff.id, balance: 10_000 });
    const [later, earlier, dropped] = [
      await createOption(0, 4_900),
      await createOption(0, 6_000),
      await createOption(0, 1_000),
    ];
    await db.optionSubscription.createMany({
      data: [
        { accountId: account.id, optionId: later.id, connectedAt: new Date("2026-03-02T10:00:00Z") },
        { accountId: account.id, optionId: earlier.id, connectedAt: new Date("2026-03-01T10:00:00Z") },
        {
          accountId: account.id,
          optionId: dropped.id,
          connectedAt: new Date("2026-02-01T10:00:00Z"),
          disconnectedAt: new Date("2026-02-15T10:00:00Z"),
        },
      ],
    });
    await db.ledgerEntry.createMany({
      data: [
        {
          accountId: account.id,
          type: "CHARGE",
          category: "TARIFF_FEE",
          amount: -45_000,
          ...entryText("LEGACY_TEXT", { text: "Абонентская плата" }),
        },
        { accountId: account.id, type: "PAYMENT", amount: 30_000, ...entryText("TOP_UP_CARD") },
      ],
    });

    expect(await getAccountSummary(db, account.id)).toEqual({
      id: account.id,
      accountNumber: account.accountNumber,
      phone: account.phone,
      fullName: account.fullName,
      email: null,
      status: "ACTIVE",
      balance: 10_000 - 45_000 + 30_000,
      tariff: { id: tariff.id, code: tariff.code, name: tariff.name, nameEn: tariff.nameEn, monthlyFee: 45_000 },
      options: [
        view(firstIncluded, 0, true),
        view(secondIncluded, 0, true),
        view(earlier, 6_000, false),
        view(later, 4_900, false),
      ],
    });
  });

  it("shows a blocked account without ledger entries or options with a zero balance", async () => {
    const account = await createSubscriber(testDb.db);
    await testDb.db.subscriberAccount.update({
      where: { id: account.id },
      data: { status: "BLOCKED_FOR_DEBT", email: "a@example.test" },
    });
    expect(await getAccountSummary(testDb.db, account.id)).toMatchObject({
      status: "BLOCKED_FOR_DEBT",
      email: "a@example.test",
      balance: 0,
      options: [],
    });
  });

  it("reports a missing account as not found", async () => {
    expect((await appErrorOf(getAccountSummary(testDb.db, "missing"))).code).toBe("NOT_FOUND");
  });
});
