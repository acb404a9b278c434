import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import {
  createStaff,
  createSubscriber,
  createTariff,
  staffPrincipal,
  subscriberPrincipal,
} from "@/server/testing/fixtures";
import type { Prisma } from "@/server/generated/prisma/client";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { selectBanner } from "./select-banner";

let testDb: TestDb;
const now = new Date("2026-05-10T09:00:00Z");
const day = 86_400_000;
let n = 0;

function createBanner(placement: BannerPlacement, data: Partial<Prisma.BannerUncheckedCreateInput> = {}) {
  n += 1;
  return testDb.db.banner.create({
    data: {
      title: `Предложение ${n}`,
      text: "Текст",
      ctaLabel: "Подробнее",
      topic: `topic-${n}`,
      placement,
      audience: { kind: "VISITORS" },
      startsAt: new Date(now.getTime() - day),
      endsAt: new Date(now.getTime() + day),
      status: "ACTIVE",
      ...data,
    },
  });
}

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`selecting a placement's banner (${testDbLabel()})`, () => {
  it("shows visitors (and staff) the highest-priority visitor banner that is live, with image addresses", async () => {
    await createBanner("LANDING_HERO", { priority: 1, title: "Ниже" });
    const top = await createBanner("LANDING_HERO", {
      priority: 5,
      title: "Главное",
      imageId: "att-desktop",
      imagePhoneId: "att-phone",
    });
    await createBanner("LANDING_HERO", { priority: 9, status: "PAUSED" });
    await createBanner("LANDING_HERO", { priority: 9, endsAt: now });
    await createBanner("LANDING_HERO", { priority: 9, startsAt: new Date(now.getTime() + 1) });
    await createBanner("LANDING_HERO", { priority: 9, audience: { kind: "ALL_SUBSCRIBERS" } });
    await createBanner("HELP_CENTRE", { priority: 99 });

    const chosen = await selectBanner(testDb.db, { placement: "LANDING_HERO", principal: null, now });
    expect(chosen).toEqual({
      id: top.id,
      title: "Главное",
      text: "Текст",
      ctaLabel: "Подробнее",
      topic: top.topic,
      imageUrl: "/api/banners/images/att-desktop",
      imagePhoneUrl: "/api/banners/images/att-phone",
      endsAt: top.endsAt,
    });
    const staff = staffPrincipal(await createStaff(testDb.db, ["MARKETER"]));
    expect((await selectBanner(testDb.db, { placement: "LANDING_HERO", principal: staff, now }))?.id).toBe(top.id);
  });

  it("is shown from exactly startsAt and gone at exactly endsAt", async () => {
    const banner = await createBanner("TARIFFS_PAGE", {
      audience: { kind: "ALL_SUBSCRIBERS" },
      startsAt: now,
      endsAt: new Date(now.getTime() + day),
    });
    const principal = subscriberPrincipal(await createSubscriber(testDb.db));
    expect((await selectBanner(testDb.db, { placement: "TARIFFS_PAGE", principal, now }))?.id).toBe(banner.id);
    expect(
      await selectBanner(testDb.db, { placement: "TARIFFS_PAGE", principal, now: new Date(now.getTime() - 1) }),
    ).toBeNull();
    expect(await selectBanner(testDb.db, { placement: "TARIFFS_PAGE", principal, now: banner.endsAt })).toBeNull();
  });

  it("targets subscribers by tariff, low balance and a missing option, from their real rows", async () => {
    const tariff = await createTariff(testDb.db);
    const option = await testDb.db.option.create({
      data: {
        code: "test-20gb",
        name: "20 ГБ",
        nameEn: "20 GB",
        description: "Пакет",
        descriptionEn: "Pack",
        connectionFee: 0,
        monthlyFee: 20_000,
      },
    });
    const onTariff = await createBanner("ACCOUNT_HOME", {
      priority: 3,
      audience: { kind: "ON_TARIFFS", tariffIds: [tariff.id] },
    });
    const lowBalance = await createBanner("ACCOUNT_HOME", {
      priority: 2,
      audience: { kind: "LOW_BALANCE", belowKopecks: 10_000 },
    });
    const withoutOption = await createBanner("ACCOUNT_HOME", {
      priority: 1,
      audience: { kind: "WITHOUT_OPTION", optionId: option.id },
    });
    await createBanner("ACCOUNT_HOME", { priority: 10, audience: { kind: "ON_TARIFFS" } }); // unreadable: matches nobody

    const pick = async (account: { id: string; sessionVersion: number }) =>
      (await selectBanner(testDb.db, { placement: "ACCOUNT_HOME", principal: subscriberPrincipal(account), now }))
        ?.id ?? null;

    expect(await pick(await createSubscriber(testDb.db, { tariffId: tariff.id, balance: 50_000 }))).toBe(onTariff.id);
    expect(await pick(await createSubscriber(testDb.db, { balance: 9_999 }))).toBe(lowBalance.id);
    const rich = await createSubscriber(testDb.db, { balance: 50_000 });
    expect(await pick(rich)).toBe(withoutOption.id);
    await testDb.db.optionSubscription.create({ data: { accountId: rich.id, optionId: option.id } });
    expect(await pick(rich)).toBeNull();
    // An option included in the tariff counts as one the subscriber has.
    const bundled = await createTariff(testDb.db);
    await testDb.db.tariffIncludedOption.create({ data: { tariffId: bundled.id, optionId: option.id } });
    expect(await pick(await createSubscriber(testDb.db, { tariffId: bundled.id, balance: 50_000 }))).toBeNull();
    // Visitors never see subscriber audiences.
    expect(await selectBanner(testDb.db, { placement: "ACCOUNT_HOME", principal: null, now })).toBeNull();
  });
});
