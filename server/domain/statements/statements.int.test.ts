import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText, getDocumentProxy } from "unpdf";
import type { Prisma } from "@/server/generated/prisma/client";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createTranslator } from "@/i18n/translator";
import { entryText } from "@/server/domain/payments/ledger-text";
import { receiptPdf } from "@/server/reports/receipt-pdf";
import { statementPdf } from "@/server/reports/statement-pdf";
import { statementCsv } from "@/server/reports/statement-csv";
import { getMonthlyStatement } from "./get-monthly-statement";
import { getPaymentReceipt } from "./get-payment-receipt";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

// 20 December in Moscow: November is the last full month, October the one before.
const now = new Date("2026-12-20T09:00:00Z");
const ru = createTranslator("ru");

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

/** October: +1 000 ₽. November (Moscow): a fee, calls, a top-up with its payment, a refund. December: a charge. */
async function accountWithHistory() {
  const account = await createSubscriber(testDb.db);
  const db = testDb.db;
  const payment = await db.payment.create({
    data: {
      accountId: account.id,
      amount: 150_050,
      provider: "demo",
      status: "SUCCEEDED",
      idempotencyKey: `k-${account.id}`,
    },
  });
  const declined = await db.payment.create({
    data: {
      accountId: account.id,
      amount: 1_313,
      provider: "demo",
      status: "FAILED",
      idempotencyKey: `d-${account.id}`,
    },
  });
  const at = (iso: string) => new Date(iso);
  const rows: Array<Omit<Prisma.LedgerEntryCreateManyInput, "accountId">> = [
    { type: "PAYMENT", amount: 100_000, createdAt: at("2026-10-05T10:00:00Z"), ...entryText("TOP_UP_SBP") },
    // 31 October 21:30 UTC is 1 November 00:30 in Moscow: November's.
    {
      type: "CHARGE",
      category: "TARIFF_FEE",
      amount: -65_000,
      createdAt: at("2026-10-31T21:30:00Z"),
      ...entryText("OPENING_BALANCE"),
    },
    {
      type: "CHARGE",
      category: "CALLS",
      amount: -12_345,
      createdAt: at("2026-11-10T12:00:00Z"),
      ...entryText("CALLS_OVER_PACKAGE", { minutes: 40 }),
    },
    {
      type: "CHARGE",
      category: "CALLS",
      amount: -5_000,
      createdAt: at("2026-11-12T12:00:00Z"),
      ...entryText("CALLS_OVER_PACKAGE", { minutes: 16 }),
    },
    {
      type: "PAYMENT",
      amount: 150_050,
      createdAt: at("2026-11-15T08:00:00Z"),
      paymentId: payment.id,
      ...entryText("TOP_UP_CARD"),
    },
    { type: "REFUND", amount: 5_000, createdAt: at("2026-11-16T08:00:00Z"), ...entryText("REFUND_WRONG_CHARGE") },
    // 30 November 21:00 UTC is 1 December in Moscow: not November's.
    {
      type: "CHARGE",
      category: "TARIFF_FEE",
      amount: -65_000,
      createdAt: at("2026-11-30T21:00:00Z"),
      ...entryText("OPENING_BALANCE"),
    },
  ];
  await db.ledgerEntry.createMany({ data: rows.map((row) => ({ ...row, accountId: account.id })) });
  return { account, payment, declined };
}

describe(`receipts and monthly statements (${testDbLabel()})`, () => {
  it("sums a Moscow month: opening and closing balances, charges by category, money in by kind", async () => {
    const { account } = await accountWithHistory();
    const november = await getMonthlyStatement(testDb.db, account.id, "2026-11", now);
    expect(november.openingBalance).toBe(100_000);
    expect(november.charges).toEqual([
      { category: "TARIFF_FEE", amount: 65_000 },
      { category: "CALLS", amount: 17_345 },
    ]);
    expect(november.chargesTotal).toBe(82_345);
    expect(november.credits).toEqual([
      { type: "PAYMENT", amount: 150_050 },
      { type: "REFUND", amount: 5_000 },
    ]);
    // 1 000 − 650 − 123,45 − 50 + 1 500,50 + 50 = 1 727,05 ₽
    expect(november.closingBalance).toBe(172_705);
    expect(november.entries).toHaveLength(5);

    const december = await getMonthlyStatement(testDb.db, account.id, "2026-12", now);
    expect(december.openingBalance).toBe(november.closingBalance);
    expect(december.closingBalance).toBe(107_705);
    const quiet = await getMonthlyStatement(testDb.db, account.id, "2026-09", now);
    expect(quiet).toMatchObject({ openingBalance: 0, closingBalance: 0, charges: [], credits: [], entries: [] });

    const csv = statementCsv(november, "ru", ru);
    expect(csv).toContain("Баланс на начало периода;1000\r\n");
    expect(csv).toContain("Баланс на конец периода;1727,05\r\n");
    expect(csv).toContain("Звонки сверх пакета: 40 мин;-123,45\r\n");
  });

  it("refuses months outside the last twelve and anything that is not a month", async () => {
    const { account } = await accountWithHistory();
    for (const month of ["2025-12", "2027-01", "2026-13", "november", ""]) {
      expect((await appErrorOf(getMonthlyStatement(testDb.db, account.id, month, now))).details).toEqual({
        field: "month",
      });
    }
  });

  it("gives a receipt for the subscriber's own successful payment only", async () => {
    const { account, payment, declined } = await accountWithHistory();
    const receipt = await getPaymentReceipt(testDb.db, account.id, payment.id);
    expect(receipt).toMatchObject({
      amount: 150_050,
      number: payment.id,
      balanceAfter: 100_000 - 65_000 - 17_345 + 150_050,
    });
    const other = await createSubscriber(testDb.db);
    expect((await appErrorOf(getPaymentReceipt(testDb.db, other.id, payment.id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getPaymentReceipt(testDb.db, account.id, declined.id))).code).toBe("NOT_FOUND");
    expect((await appErrorOf(getPaymentReceipt(testDb.db, account.id, "no-such-payment"))).code).toBe("NOT_FOUND");
  });

  it("writes PDFs whose text (read back) names the account, the amounts and the balances, in Cyrillic", async () => {
    const { account, payment } = await accountWithHistory();
    const receipt = await pdfText(
      await receiptPdf(await getPaymentReceipt(testDb.db, account.id, payment.id), "ru", ru),
    );
    expect(receipt).toContain("Чек об оплате услуг связи");
    expect(receipt).toContain(`Лицевой счёт: ${account.accountNumber}`);
    expect(receipt).toMatch(/Сумма 1\s500,50\s₽/);
    expect(receipt).toContain("Пополнение баланса банковской картой");

    const statement = await getMonthlyStatement(testDb.db, account.id, "2026-11", now);
    const text = await pdfText(await statementPdf(statement, "ru", ru, now));
    expect(text).toContain("Выписка по лицевому счёту за ноябрь 2026");
    expect(text).toMatch(/Баланс на начало периода 1\s000\s₽/);
    expect(text).toMatch(/Баланс на конец периода 1\s727,05\s₽/);
    expect(text).toContain("Звонки сверх пакета: 16 мин");
  });
});
