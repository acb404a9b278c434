import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, createTariff, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { scanNotices } from "@/server/domain/notices/scan-notices";
import { listNotices } from "@/server/domain/notices/list-notices";
import { getPackageUsage } from "./get-package-usage";

let testDb: TestDb;
let n = 0;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

// 12:00 Moscow on 7 December: the billing month began on 1 December; SMS leave at once.
const noon = new Date("2026-12-07T09:00:00Z");
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rules = { lowBalanceDays: 3 };

/** A subscriber on the fixture tariff (300 min, 10 GB, 50 SMS) with money enough for no low-balance notice. */
async function subscriber() {
  const db = testDb.db;
  const tariff = await createTariff(db);
  const account = await createSubscriber(db, { tariffId: tariff.id, balance: 10_000_000 });
  return { db, tariff, account };
}

async function option(extra: { extraMb?: number; extraMinutes?: number }) {
  return testDb.db.option.create({
    data: {
      code: `pack-${++n}`,
      name: `Пакет ${n}`,
      nameEn: `Pack ${n}`,
      description: "",
      descriptionEn: "",
      connectionFee: 0,
      monthlyFee: 10_000,
      ...extra,
    },
  });
}

async function use(accountId: string, iso: string, usage: { minutes?: number; mb?: number; sms?: number }) {
  await testDb.db.dailyUsage.create({ data: { accountId, day: day(iso), ...usage } });
}

describe(`package usage (${testDbLabel()})`, () => {
  it("adds what connected and included options give to the tariff's package, and counts this month only", async () => {
    const { db, tariff, account } = await subscriber();
    const connected = await option({ extraMb: 5_120 });
    const included = await option({ extraMinutes: 100 });
    const dropped = await option({ extraMb: 20_480 });
    await db.tariffIncludedOption.create({ data: { tariffId: tariff.id, optionId: included.id } });
    await db.optionSubscription.createMany({
      data: [
        { accountId: account.id, optionId: connected.id, connectedAt: day("2026-11-20") },
        {
          accountId: account.id,
          optionId: dropped.id,
          connectedAt: day("2026-11-01"),
          disconnectedAt: day("2026-12-02"),
        },
      ],
    });
    await use(account.id, "2026-11-30", { minutes: 999, mb: 99_999, sms: 99 });
    await use(account.id, "2026-12-01", { minutes: 100, mb: 3_000, sms: 10 });
    await use(account.id, "2026-12-06", { minutes: 20, mb: 72, sms: 0 });

    const usage = await getPackageUsage(db, account.id, noon);
    expect(usage.parts).toEqual([
      { resource: "minutes", used: 120, allowance: 400, left: 280, percent: 30 },
      { resource: "mb", used: 3_072, allowance: 15_360, left: 12_288, percent: 20 },
      { resource: "sms", used: 10, allowance: 50, left: 40, percent: 20 },
    ]);
    expect(usage.daysLeft).toBe(25);
    expect(usage.renewsAt).toEqual(new Date("2026-12-31T21:00:00Z"));
    const caller = createCaller(testContext(db, subscriberPrincipal(account)));
    expect((await caller.account.myPackage()).parts).toHaveLength(3);
  });

  it("tells the subscriber at 80% and when a part is used up, once each per month, however often it scans", async () => {
    const { db, account } = await subscriber();
    await use(account.id, "2026-12-02", { minutes: 250 });
    await Promise.all([scanNotices(db, rules, noon), scanNotices(db, rules, noon)]);
    await scanNotices(db, rules, new Date(noon.getTime() + 60_000));
    await db.dailyUsage.create({ data: { accountId: account.id, day: day("2026-12-07"), minutes: 60, sms: 50 } });
    await scanNotices(db, rules, new Date(noon.getTime() + 120_000));
    await scanNotices(db, rules, new Date(noon.getTime() + 180_000));

    const notices = (await listNotices(db, account.id)).notices;
    expect(notices.every((x) => x.kind === "PACKAGE_USAGE")).toBe(true);
    const raised = notices.map((x) => {
      const { resource, percent, left } = x.params as { resource: string; percent: number; left: number };
      return `${resource} ${percent}% ${left} left`;
    });
    // SMS went from nothing to all of it in a day: one notice, not two.
    expect(raised.sort()).toEqual(["minutes 100% 0 left", "minutes 80% 50 left", "sms 100% 0 left"]);
    const sms = (await db.outboxMessage.findMany({ where: { recipient: account.phone } })).map((m) => m.body);
    expect(sms.sort()).toEqual(
      [
        "Из пакета минут израсходовано 80%: осталось 50 мин до конца месяца.",
        "Минуты из пакета на этот месяц закончились: дальше — по цене сверх пакета.",
        "SMS из пакета на этот месяц закончились: дальше — по цене сверх пакета.",
      ].sort(),
    );
  });

  it("confirms a tariff change and an option connection once, in the subscriber's language", async () => {
    const { db, account } = await subscriber();
    await db.subscriberAccount.update({ where: { id: account.id }, data: { locale: "en" } });
    const target = await createTariff(db, { monthlyFee: 0 });
    const extra = await option({ extraMb: 1_024 });
    const caller = createCaller(testContext(db, subscriberPrincipal(account)));
    const idempotencyKey = `confirm-tariff-${String(++n).padStart(12, "0")}`;
    await caller.tariffs.change({ tariffId: target.id, idempotencyKey });
    await caller.tariffs.change({ tariffId: target.id, idempotencyKey });
    await caller.options.connect({
      optionId: extra.id,
      idempotencyKey: `confirm-option-${String(n).padStart(12, "0")}`,
    });

    const notices = (await listNotices(db, account.id)).notices;
    expect(notices.map((x) => x.kind)).toEqual(["CHANGE_CONFIRMED", "CHANGE_CONFIRMED"]);
    const sms = (await db.outboxMessage.findMany({ where: { recipient: account.phone } })).map((m) => m.body);
    expect(sms, sms.join("\n")).toHaveLength(2);
    expect(sms, sms.join("\n")).toContain(`You are now on the “${target.nameEn}” tariff.`);
    // The month's fee for the days left: the amount depends on today's date.
    expect(sms.find((body) => body.startsWith("The “"))).toMatch(
      new RegExp(`^The “${extra.nameEn}” option is connected\\. Charged ₽\\d+(\\.\\d{2})?\\.$`),
    );
  });
});
