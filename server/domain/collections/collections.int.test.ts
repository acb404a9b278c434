import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, staffPrincipal, subscriberPrincipal } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import type { StaffPrincipal } from "@/server/auth/principal";
import { formatMoney } from "@/i18n/format";
import { entryText } from "@/server/domain/payments/ledger-text";
import { demoPaymentProvider } from "@/server/domain/payments/payment-provider";
import { topUpBalance } from "@/server/domain/payments/top-up-balance";
import { listAtRisk } from "./list-at-risk";
import { sendCollectionReminders, type ReminderLimits } from "./send-reminders";
import { getCollectionsReport } from "./collections-report";

let testDb: TestDb;
let actor: StaffPrincipal;
beforeAll(async () => {
  testDb = await createTestDb();
  actor = staffPrincipal(await createStaff(testDb.db, ["SUPERVISOR"])) as StaffPrincipal;
});
afterAll(() => testDb.close());

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
const limits: ReminderLimits = { intervalHours: 24, perRequest: 5 };
/** Midday in Moscow, outside the quiet hours. */
const noon = new Date("2026-12-07T09:00:00Z");
let keys = 0;

/** 100 ₽ on the balance against a 500 ₽ monthly fee: 400 ₽ short on the 1st. */
const shortAccount = (locale = "ru") =>
  createSubscriber(testDb.db, { balance: 10_000 }).then((a) =>
    testDb.db.subscriberAccount.update({ where: { id: a.id }, data: { locale } }),
  );
const send = (accountIds: string[], now = noon, rules = limits) =>
  sendCollectionReminders(testDb.db, actor, { accountIds }, rules, now);
const smsTo = (phone: string) =>
  testDb.db.outboxMessage.findMany({ where: { recipient: phone, channel: "SMS" }, orderBy: { createdAt: "asc" } });

describe(`collections (${testDbLabel()})`, () => {
  it("lists an account short of the next charge and one a promised payment is about to block, not a paying one", async () => {
    const short = await shortAccount();
    const rich = await createSubscriber(testDb.db, { balance: 100_000 });
    const promised = await createSubscriber(testDb.db, { balance: -5_000 });
    const pp = await testDb.db.promisedPayment.create({
      data: {
        accountId: promised.id,
        amount: 20_000,
        fee: 0,
        takenAt: noon,
        dueAt: new Date(noon.getTime() + 2 * DAY_MS),
        idempotencyKey: `collections-${++keys}`,
      },
    });
    await testDb.db.ledgerEntry.create({
      data: {
        accountId: promised.id,
        promisedPaymentId: pp.id,
        type: "ADJUSTMENT",
        amount: 20_000,
        ...entryText("OPENING_BALANCE"),
      },
    });
    const { accounts } = await listAtRisk(testDb.db, {}, noon);
    const byId = new Map(accounts.map((a) => [a.accountId, a]));
    expect(byId.get(short.id)).toMatchObject({
      reason: "NEGATIVE_BEFORE_CHARGE",
      amountAtRisk: 40_000,
      balance: 10_000,
    });
    expect(byId.get(short.id)?.lastContact).toBeNull();
    expect(byId.get(promised.id)).toMatchObject({ reason: "BLOCK_SOON", amountAtRisk: 5_000, forecastAt: pp.dueAt });
    expect(byId.has(rich.id)).toBe(false);
    const blockOnly = await listAtRisk(testDb.db, { reason: "BLOCK_SOON" }, noon);
    expect(blockOnly.accounts.map((a) => a.accountId)).toContain(promised.id);
    expect(blockOnly.accounts.map((a) => a.accountId)).not.toContain(short.id);
  });

  it("sends one SMS through the outbox in the subscriber's language, records it, and not again within the interval", async () => {
    const ru = await shortAccount("ru");
    const en = await shortAccount("en");
    expect(await send([ru.id, en.id])).toEqual({ sent: 2, recent: 0, notAtRisk: 0 });
    const [ruSms] = await smsTo(ru.phone);
    expect(ruSms?.body).toContain(formatMoney(40_000, "ru"));
    expect(ruSms?.body).toContain("обещанный платёж");
    expect((await smsTo(en.phone))[0]?.body).toContain("monthly charge");
    const reminder = await testDb.db.collectionReminder.findFirstOrThrow({ where: { accountId: ru.id } });
    expect(reminder).toMatchObject({ reason: "NEGATIVE_BEFORE_CHARGE", amountAtRisk: 40_000, sentById: actor.staffId });
    const audit = await testDb.db.auditLogEntry.findFirst({
      where: { action: "collections.remind", subjectAccountId: ru.id },
    });
    expect(audit?.actorStaffId).toBe(actor.staffId);

    expect(await send([ru.id], new Date(noon.getTime() + 23 * HOUR_MS))).toEqual({ sent: 0, recent: 1, notAtRisk: 0 });
    expect(await smsTo(ru.phone)).toHaveLength(1);
    expect(await send([ru.id], new Date(noon.getTime() + 25 * HOUR_MS))).toEqual({ sent: 1, recent: 0, notAtRisk: 0 });
    const listed = (await listAtRisk(testDb.db, {}, new Date(noon.getTime() + 26 * HOUR_MS))).accounts.find(
      (a) => a.accountId === ru.id,
    );
    expect(listed?.lastContact?.kind).toBe("REMINDER");
    expect(listed?.lastReminder?.outcome).toBe("WAITING");
  });

  it("holds an SMS sent at night until the quiet hours end", async () => {
    const account = await shortAccount();
    await send([account.id], new Date("2026-12-07T20:30:00Z"));
    const [sms] = await smsTo(account.phone);
    expect(sms?.nextAttemptAt.toISOString()).toBe("2026-12-08T06:00:00.000Z");
  });

  it("refuses more accounts than a request may carry, writing nothing, and leaves alone who is not at risk", async () => {
    const accounts = await Promise.all([shortAccount(), shortAccount(), shortAccount()]);
    const ids = accounts.map((a) => a.id);
    const error = await appErrorOf(send(ids, noon, { intervalHours: 24, perRequest: 2 }));
    expect(error.code).toBe("TOO_MANY_REMINDERS");
    expect(await testDb.db.collectionReminder.count({ where: { accountId: { in: ids } } })).toBe(0);
    const rich = await createSubscriber(testDb.db, { balance: 100_000 });
    expect(await send([rich.id, "no-such-account"])).toEqual({ sent: 0, recent: 0, notAtRisk: 2 });
    expect(await smsTo(rich.phone)).toHaveLength(0);
  });

  it("reminds each account once when several bulk sends run at the same time", async () => {
    const accounts = await Promise.all([shortAccount(), shortAccount()]);
    const ids = accounts.map((a) => a.id);
    const reports = await Promise.all(Array.from({ length: 8 }, () => send(ids)));
    expect(reports.reduce((sum, r) => sum + r.sent, 0)).toBe(2);
    expect(reports.reduce((sum, r) => sum + r.recent, 0)).toBe(14);
    for (const account of accounts) {
      expect(await testDb.db.collectionReminder.count({ where: { accountId: account.id } })).toBe(1);
      expect(await smsTo(account.phone)).toHaveLength(1);
    }
  });

  it("tells the outcome of each reminder and the daily amount at risk and recovered", async () => {
    const payer = await shortAccount();
    const promiser = await shortAccount();
    const silent = await shortAccount();
    const sentAt = new Date("2026-11-20T09:00:00Z");
    await send([payer.id, promiser.id, silent.id], sentAt);
    await topUpBalance(testDb.db, demoPaymentProvider, {
      accountId: payer.id,
      amount: 100_000,
      idempotencyKey: `collections-${++keys}`,
      actor: { principal: subscriberPrincipal(payer), ip: null },
      now: new Date(sentAt.getTime() + DAY_MS),
    });
    await testDb.db.promisedPayment.create({
      data: {
        accountId: promiser.id,
        amount: 10_000,
        fee: 0,
        takenAt: new Date(sentAt.getTime() + 2 * HOUR_MS),
        dueAt: new Date(sentAt.getTime() + 3 * DAY_MS),
        idempotencyKey: `collections-${++keys}`,
      },
    });
    const report = await getCollectionsReport(testDb.db, new Date(sentAt.getTime() + 4 * DAY_MS));
    const outcomeOf = (phoneOwner: { accountNumber: string }) =>
      report.reminders.find((r) => r.accountNumber === phoneOwner.accountNumber);
    expect(outcomeOf(payer)).toMatchObject({ outcome: "PAID", amountAtRisk: 40_000, recovered: 40_000 });
    expect(outcomeOf(promiser)).toMatchObject({ outcome: "PROMISED", recovered: 0 });
    expect(outcomeOf(silent)).toMatchObject({ outcome: "NO_REACTION", recovered: 0 });
    expect(report.days.find((d) => d.day === "2026-11-20")).toEqual({
      day: "2026-11-20",
      reminded: 3,
      atRisk: 120_000,
      recovered: 40_000,
    });
  });
});
