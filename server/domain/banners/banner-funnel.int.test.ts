import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { createTranslator } from "@/i18n/translator";
import { funnelCsv } from "@/server/reports/funnel-csv";
import type { ChangeKind, ChangeStatus } from "@/server/generated/prisma/enums";
import { bannerFunnelRange, getBannerFunnel } from "./banner-funnel";

let testDb: TestDb;
let bannerId: string;
const period = { from: "2026-05-01", to: "2026-05-10" };
const at = (iso: string) => new Date(iso);
const session = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
let changeN = 0;

async function change(
  accountId: string,
  createdAt: string,
  kind: ChangeKind = "TARIFF_CHANGE",
  status: ChangeStatus = "APPLIED",
) {
  await testDb.db.changeRequest.create({
    data: { accountId, kind, status, idempotencyKey: `funnel-change-${++changeN}`, createdAt: at(createdAt) },
  });
}

/**
 * Sessions 1–3 see the banner in the period (session 1 right after Moscow midnight of the first day),
 * subscriber A clicks and chats and changes tariff 3 days later (a sale), subscriber C clicks and
 * connects an option only 8 days later (no sale), D changes tariff without ever touching the banner.
 */
beforeAll(async () => {
  testDb = await createTestDb();
  const db = testDb.db;
  const data = {
    title: "Интернет 500",
    text: "Быстрее",
    ctaLabel: "Подключить",
    topic: "internet-500",
    placement: "ACCOUNT_HOME" as const,
    audience: { kind: "ALL_SUBSCRIBERS" },
    startsAt: at("2026-04-01T00:00:00Z"),
    endsAt: at("2026-06-01T00:00:00Z"),
    status: "ACTIVE" as const,
  };
  const banner = await db.banner.create({ data });
  const other = await db.banner.create({ data: { ...data, title: "Другой", startsAt: at("2026-04-02T00:00:00Z") } });
  bannerId = banner.id;
  const [a, c, d] = [await createSubscriber(db), await createSubscriber(db), await createSubscriber(db)];
  await db.bannerEvent.createMany({
    data: [
      { bannerId, kind: "IMPRESSION", sessionKey: session(1), createdAt: at("2026-04-30T21:30:00Z") }, // 00:30 on 1 May in Moscow
      { bannerId, kind: "IMPRESSION", sessionKey: session(2), accountId: a.id, createdAt: at("2026-05-03T09:58:00Z") },
      { bannerId, kind: "IMPRESSION", sessionKey: session(3), accountId: c.id, createdAt: at("2026-05-04T12:00:00Z") },
      { bannerId, kind: "CLICK", sessionKey: session(2), accountId: a.id, createdAt: at("2026-05-03T10:00:00Z") },
      { bannerId, kind: "CLICK", sessionKey: session(3), accountId: c.id, createdAt: at("2026-05-04T12:01:00Z") },
      // Outside the period (23:59 on 30 April in Moscow) and another banner's events: not counted.
      { bannerId, kind: "IMPRESSION", sessionKey: session(4), createdAt: at("2026-04-30T20:59:00Z") },
      {
        bannerId: other.id,
        kind: "CLICK",
        sessionKey: session(5),
        accountId: d.id,
        createdAt: at("2026-05-04T12:00:00Z"),
      },
    ],
  });
  await db.chat.create({
    data: { kind: "SALES", accountId: a.id, bannerId, topic: "internet-500", createdAt: at("2026-05-03T10:01:00Z") },
  });
  await change(a.id, "2026-05-06T08:00:00Z");
  await change(c.id, "2026-05-12T12:02:00Z", "OPTION_CONNECT"); // 8 days after the click
  await change(c.id, "2026-05-05T12:00:00Z", "TARIFF_CHANGE", "REJECTED");
  await change(c.id, "2026-05-05T12:00:00Z", "OPTION_DISCONNECT");
  await change(d.id, "2026-05-04T13:00:00Z");
});
afterAll(() => testDb.close());

describe(`banner funnel (${testDbLabel()})`, () => {
  it("counts impressions, clicks, chats and sales within 7 days, with the rates", async () => {
    const funnel = await getBannerFunnel(testDb.db, bannerId, bannerFunnelRange(period, at("2026-05-20T00:00:00Z")));
    expect(funnel.period).toEqual(period);
    expect(funnel.totals).toEqual({ impressions: 3, clicks: 2, chats: 1, conversions: 1 });
    expect(funnel.clickThroughRate).toBeCloseTo(2 / 3);
    expect(funnel.conversionRate).toBe(0.5);
  });

  it("gives every Moscow day of the period, the sale on the day of its first touch", async () => {
    const funnel = await getBannerFunnel(testDb.db, bannerId, bannerFunnelRange(period, at("2026-05-20T00:00:00Z")));
    expect(funnel.daily).toHaveLength(10);
    const nonEmpty = funnel.daily.filter((d) => d.impressions + d.clicks + d.chats + d.conversions > 0);
    expect(nonEmpty).toEqual([
      { day: "2026-05-01", impressions: 1, clicks: 0, chats: 0, conversions: 0 },
      { day: "2026-05-03", impressions: 1, clicks: 1, chats: 1, conversions: 1 },
      { day: "2026-05-04", impressions: 1, clicks: 1, chats: 0, conversions: 0 },
    ]);
  });

  it("counts nothing outside the period, and an empty period has no rates", async () => {
    const funnel = await getBannerFunnel(
      testDb.db,
      bannerId,
      bannerFunnelRange({ from: "2026-05-05", to: "2026-05-10" }, at("2026-05-20T00:00:00Z")),
    );
    expect(funnel.totals).toEqual({ impressions: 0, clicks: 0, chats: 0, conversions: 0 });
    expect([funnel.clickThroughRate, funnel.conversionRate]).toEqual([null, null]);
  });

  it("serves marketers through the report procedure, newest banner by default, NOT_FOUND for an unknown one", async () => {
    const marketer = createCaller(testContext(testDb.db, staffPrincipal(await createStaff(testDb.db, ["MARKETER"]))));
    const report = await marketer.bannerFunnel.report({ bannerId, ...period });
    expect(report.funnel?.totals).toEqual({ impressions: 3, clicks: 2, chats: 1, conversions: 1 });
    expect(report.banners.map((b) => b.title).sort()).toEqual(["Другой", "Интернет 500"]);
    expect((await marketer.bannerFunnel.report(period)).funnel?.banner.id).toBe(report.banners[0]!.id);
    await expect(marketer.bannerFunnel.report({ bannerId: "missing", ...period })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      marketer.bannerFunnel.report({ bannerId, from: "2026-05-10", to: "2026-05-01" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("exports the same figures as CSV", async () => {
    const funnel = await getBannerFunnel(testDb.db, bannerId, bannerFunnelRange(period, at("2026-05-20T00:00:00Z")));
    const csv = funnelCsv(funnel, "en", createTranslator("en"));
    expect(csv).toContain("Impressions,3\r\nClicks,2\r\nChats,1\r\nSales,1\r\n");
    expect(csv).toContain("2026-05-03,1,1,1,1\r\n");
  });
});
