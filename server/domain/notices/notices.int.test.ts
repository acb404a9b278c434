import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal } from "@/server/testing/fixtures";
import { entryText } from "@/server/domain/payments/ledger-text";
import { DEFAULT_PROMISED_PAYMENT_RULES } from "@/server/domain/promised-payments/promised-payment-rules";
import { takePromisedPayment } from "@/server/domain/promised-payments/take-promised-payment";
import { expireDuePromisedPayments } from "@/server/domain/promised-payments/expire-promised-payments";
import { scanNotices } from "./scan-notices";
import { saveNoticeSettings, DEFAULT_NOTICE_SETTING, everyNoticeKind } from "./notice-settings";
import { listNotices, markNoticesRead } from "./list-notices";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const DAY_MS = 86_400_000;
const rules = { lowBalanceDays: 3 };
// 12:00 Moscow: SMS leave at once.
const noon = new Date("2026-12-07T09:00:00Z");
const night = new Date("2026-12-07T20:30:00Z");

/** A subscriber with `balance` kopecks after spending 300 ₽ a day for 30 days. */
async function spender(balance: number, at = noon) {
  const account = await createSubscriber(testDb.db, { balance: balance + 900_000 });
  // The opening payment is dated before the month of spending, not at the wall clock: a top-up the test makes at
  // `at` must be the latest money in whatever the time of the run (it was not once the real clock passed `noon`).
  await testDb.db.ledgerEntry.updateMany({
    where: { accountId: account.id },
    data: { createdAt: new Date(at.getTime() - 30 * DAY_MS) },
  });
  await testDb.db.ledgerEntry.create({
    data: {
      accountId: account.id,
      type: "CHARGE",
      category: "CALLS",
      amount: -900_000,
      createdAt: new Date(at.getTime() - 5 * DAY_MS),
      ...entryText("CALLS_OVER_PACKAGE", { minutes: 100 }),
    },
  });
  return account;
}
const smsTo = (phone: string) => testDb.db.outboxMessage.findMany({ where: { recipient: phone } });

describe(`notices (${testDbLabel()})`, () => {
  it("raises a low-balance notice once, with one SMS, however often and concurrently the accounts are scanned", async () => {
    const low = await spender(60_000); // 2 days at 300 ₽ a day
    const fine = await spender(300_000); // 10 days
    await Promise.all([scanNotices(testDb.db, rules, noon), scanNotices(testDb.db, rules, noon)]);
    await scanNotices(testDb.db, rules, new Date(noon.getTime() + 3_600_000));
    const { notices, unread } = await listNotices(testDb.db, low.id);
    expect(notices).toMatchObject([{ kind: "LOW_BALANCE", params: { balance: 60_000, days: 2 }, readAt: null }]);
    expect(unread).toBe(1);
    const sms = await smsTo(low.phone);
    expect(sms).toHaveLength(1);
    expect(sms[0]!.body).toMatch(/^На счёте 600\s₽ — при ваших расходах этого хватит примерно на 2 дня\./);
    expect(sms[0]!.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    expect((await listNotices(testDb.db, fine.id)).notices).toEqual([]);
    expect(await markNoticesRead(testDb.db, low.id, noon)).toEqual({ marked: 1 });
    expect((await listNotices(testDb.db, low.id)).unread).toBe(0);
  });

  it("raises it again after the next top-up runs low, not before", async () => {
    const low = await spender(60_000);
    await scanNotices(testDb.db, rules, noon);
    await testDb.db.ledgerEntry.create({
      data: { accountId: low.id, type: "PAYMENT", amount: 1_000, createdAt: noon, ...entryText("TOP_UP_CARD") },
    });
    await scanNotices(testDb.db, rules, new Date(noon.getTime() + 60_000));
    expect((await listNotices(testDb.db, low.id)).notices).toHaveLength(2);
  });

  it("holds an SMS raised at night until 09:00 Moscow, and sends by the channels chosen, or not at all", async () => {
    const sleeper = await spender(60_000, night);
    await scanNotices(testDb.db, rules, night);
    const [held] = await smsTo(sleeper.phone);
    expect(held!.nextAttemptAt).toEqual(new Date("2026-12-08T06:00:00Z"));

    const emailOnly = await spender(60_000);
    await testDb.db.subscriberAccount.update({ where: { id: emailOnly.id }, data: { email: "low@example.test" } });
    const off = { enabled: false, sms: false, email: false };
    await saveNoticeSettings(testDb.db, emailOnly.id, {
      ...everyNoticeKind(off),
      LOW_BALANCE: { enabled: true, sms: false, email: true },
      DEBT_BLOCK: DEFAULT_NOTICE_SETTING,
    });
    const silent = await spender(60_000);
    await saveNoticeSettings(testDb.db, silent.id, everyNoticeKind(off));
    await scanNotices(testDb.db, rules, noon);
    expect(await smsTo(emailOnly.phone)).toEqual([]);
    expect(await smsTo("low@example.test")).toMatchObject([
      { channel: "EMAIL", subject: "Уведомление о вашем номере" },
    ]);
    expect((await listNotices(testDb.db, silent.id)).notices).toEqual([]);
    expect(await smsTo(silent.phone)).toEqual([]);
  });

  it("tells of a promised payment ending within a day, and of the block when it expires unpaid, once each", async () => {
    const account = await createSubscriber(testDb.db, { balance: -3_000 });
    const takenAt = new Date(Date.now() - 2.5 * DAY_MS);
    await takePromisedPayment(testDb.db, DEFAULT_PROMISED_PAYMENT_RULES, {
      accountId: account.id,
      amount: 8_000,
      idempotencyKey: "notices-promised-0001",
      actor: { principal: subscriberPrincipal(account) },
      now: takenAt,
    });
    await scanNotices(testDb.db, rules, new Date());
    await scanNotices(testDb.db, rules, new Date());
    await expireDuePromisedPayments(testDb.db, new Date(takenAt.getTime() + 3 * DAY_MS));
    const kinds = (await listNotices(testDb.db, account.id)).notices.map((n) => n.kind);
    expect(kinds.sort()).toEqual(["DEBT_BLOCK", "PROMISED_PAYMENT_DUE"]);
    const bodies = (await smsTo(account.phone)).map((m) => m.body);
    expect(bodies).toHaveLength(2);
    expect(bodies.some((b) => b.startsWith("Номер заблокирован за долг: на счёте -55"))).toBe(true);
  });
});
