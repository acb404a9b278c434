import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { recordBannerEvents } from "./record-banner-events";

let testDb: TestDb;
let bannerId: string;
const session = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

beforeAll(async () => {
  testDb = await createTestDb();
  const banner = await testDb.db.banner.create({
    data: {
      title: "Быстрый интернет",
      text: "Подключите 100 Мбит/с",
      ctaLabel: "Узнать",
      topic: "internet",
      placement: "LANDING_HERO",
      audience: { kind: "VISITORS" },
      startsAt: new Date("2026-05-01T00:00:00Z"),
      endsAt: new Date("2026-06-01T00:00:00Z"),
      status: "ACTIVE",
    },
  });
  bannerId = banner.id;
});
afterAll(() => testDb.close());

describe(`recording banner events (${testDbLabel()})`, () => {
  it("stores one impression and one click per session, however often they are sent", async () => {
    const events = [
      { bannerId, kind: "IMPRESSION" as const },
      { bannerId, kind: "IMPRESSION" as const },
      { bannerId, kind: "CLICK" as const },
    ];
    expect(await recordBannerEvents(testDb.db, { sessionKey: session(1), accountId: null, events })).toBe(2);
    // A retried batch (the beacon and the timer both fired) adds nothing.
    expect(await recordBannerEvents(testDb.db, { sessionKey: session(1), accountId: null, events })).toBe(0);
    expect(
      await recordBannerEvents(testDb.db, { sessionKey: session(2), accountId: null, events: events.slice(0, 1) }),
    ).toBe(1);
    const stored = await testDb.db.bannerEvent.groupBy({
      by: ["kind"],
      where: { bannerId },
      _count: { _all: true },
      orderBy: { kind: "asc" },
    });
    expect(stored.map((row) => [row.kind, row._count._all])).toEqual([
      ["IMPRESSION", 2],
      ["CLICK", 1],
    ]);
  });

  it("drops events for unknown banners and keeps the rest of the batch", async () => {
    const events = [
      { bannerId: "no-such-banner", kind: "CLICK" as const },
      { bannerId, kind: "CLICK" as const },
    ];
    expect(await recordBannerEvents(testDb.db, { sessionKey: session(3), accountId: null, events })).toBe(1);
    expect(
      await recordBannerEvents(testDb.db, { sessionKey: session(3), accountId: null, events: events.slice(0, 1) }),
    ).toBe(0);
    expect(await testDb.db.bannerEvent.count({ where: { bannerId: "no-such-banner" } })).toBe(0);
  });

  it("remembers the subscriber behind a signed-in session", async () => {
    const account = await createSubscriber(testDb.db);
    await recordBannerEvents(testDb.db, {
      sessionKey: session(4),
      accountId: account.id,
      events: [{ bannerId, kind: "CLICK" }],
    });
    expect(
      await testDb.db.bannerEvent.findFirst({ where: { sessionKey: session(4) }, select: { accountId: true } }),
    ).toEqual({ accountId: account.id });
  });
});
