import { describe, expect, it } from "vitest";
import {
  audienceMatches,
  bannerMatches,
  chooseBanner,
  isBannerLive,
  subscriberFactsNeeded,
  type BannerViewer,
  type TargetedBanner,
} from "./banner-targeting";

const now = new Date("2026-05-10T12:00:00Z");
const hour = 3_600_000;
const at = (offsetHours: number) => new Date(now.getTime() + offsetHours * hour);

const banner = (overrides: Partial<TargetedBanner> = {}): TargetedBanner => ({
  id: "b-1",
  status: "ACTIVE",
  audience: { kind: "VISITORS" },
  startsAt: at(-24),
  endsAt: at(24),
  priority: 0,
  ...overrides,
});

const visitor: BannerViewer = { kind: "visitor" };
const subscriber = (overrides: Partial<Extract<BannerViewer, { kind: "subscriber" }>> = {}): BannerViewer => ({
  kind: "subscriber",
  tariffId: "t-basic",
  balance: 50_000,
  optionIds: ["o-roaming"],
  ...overrides,
});

describe("schedule and status", () => {
  it("is shown from exactly startsAt", () => {
    expect(isBannerLive(banner({ startsAt: now }), now)).toBe(true);
    expect(isBannerLive(banner({ startsAt: new Date(now.getTime() + 1) }), now)).toBe(false);
  });

  it("is not shown from exactly endsAt", () => {
    expect(isBannerLive(banner({ endsAt: now }), now)).toBe(false);
    expect(isBannerLive(banner({ endsAt: new Date(now.getTime() + 1) }), now)).toBe(true);
  });

  it("shows only active banners: draft, paused and archived ones are hidden", () => {
    expect(isBannerLive(banner(), now)).toBe(true);
    for (const status of ["DRAFT", "PAUSED", "ARCHIVED"] as const)
      expect(isBannerLive(banner({ status }), now)).toBe(false);
  });

  it("never matches outside the schedule, whatever the audience", () => {
    expect(bannerMatches(banner({ audience: { kind: "ALL_SUBSCRIBERS" }, endsAt: at(-1) }), subscriber(), now)).toBe(
      false,
    );
    expect(bannerMatches(banner({ startsAt: at(1) }), visitor, now)).toBe(false);
  });
});

describe("audiences", () => {
  it("VISITORS: only signed-out viewers", () => {
    expect(audienceMatches({ kind: "VISITORS" }, visitor)).toBe(true);
    expect(audienceMatches({ kind: "VISITORS" }, subscriber())).toBe(false);
  });

  it("ALL_SUBSCRIBERS: any subscriber, no visitor", () => {
    expect(audienceMatches({ kind: "ALL_SUBSCRIBERS" }, subscriber())).toBe(true);
    expect(audienceMatches({ kind: "ALL_SUBSCRIBERS" }, visitor)).toBe(false);
  });

  it("ON_TARIFFS: the subscriber's tariff is in the list", () => {
    expect(audienceMatches({ kind: "ON_TARIFFS", tariffIds: ["t-max", "t-basic"] }, subscriber())).toBe(true);
    expect(audienceMatches({ kind: "ON_TARIFFS", tariffIds: ["t-max"] }, subscriber())).toBe(false);
    expect(audienceMatches({ kind: "ON_TARIFFS", tariffIds: ["t-basic"] }, visitor)).toBe(false);
  });

  it("LOW_BALANCE: strictly below the threshold, negative balances included", () => {
    const audience = { kind: "LOW_BALANCE" as const, belowKopecks: 10_000 };
    expect(audienceMatches(audience, subscriber({ balance: 9_999 }))).toBe(true);
    expect(audienceMatches(audience, subscriber({ balance: -5_000 }))).toBe(true);
    expect(audienceMatches(audience, subscriber({ balance: 10_000 }))).toBe(false);
    expect(audienceMatches(audience, visitor)).toBe(false);
  });

  it("WITHOUT_OPTION: only subscribers who do not have the option", () => {
    expect(audienceMatches({ kind: "WITHOUT_OPTION", optionId: "o-20gb" }, subscriber())).toBe(true);
    expect(audienceMatches({ kind: "WITHOUT_OPTION", optionId: "o-roaming" }, subscriber())).toBe(false);
    expect(audienceMatches({ kind: "WITHOUT_OPTION", optionId: "o-20gb" }, visitor)).toBe(false);
  });

  it("an unreadable stored audience matches nobody", () => {
    for (const audience of [null, {}, { kind: "EVERYONE" }, { kind: "ON_TARIFFS", tariffIds: [] }, "VISITORS"]) {
      expect(bannerMatches(banner({ audience }), visitor, now)).toBe(false);
      expect(bannerMatches(banner({ audience }), subscriber(), now)).toBe(false);
    }
  });

  it("fills the default LOW_BALANCE threshold (100 ₽) of a stored audience without one", () => {
    expect(bannerMatches(banner({ audience: { kind: "LOW_BALANCE" } }), subscriber({ balance: 9_999 }), now)).toBe(
      true,
    );
    expect(bannerMatches(banner({ audience: { kind: "LOW_BALANCE" } }), subscriber({ balance: 10_000 }), now)).toBe(
      false,
    );
  });
});

describe("choosing among matching banners", () => {
  it("takes the highest priority", () => {
    const banners = [
      banner({ id: "low", priority: 1 }),
      banner({ id: "high", priority: 5 }),
      banner({ id: "mid", priority: 3 }),
    ];
    expect(chooseBanner(banners, visitor, now)?.id).toBe("high");
  });

  it("breaks a priority tie by the newest start, then by id", () => {
    const older = banner({ id: "a-older", startsAt: at(-48) });
    const newer = banner({ id: "z-newer", startsAt: at(-2) });
    expect(chooseBanner([older, newer], visitor, now)?.id).toBe("z-newer");
    const twinB = banner({ id: "b", startsAt: at(-2) });
    const twinA = banner({ id: "a", startsAt: at(-2) });
    expect(chooseBanner([twinB, twinA], visitor, now)?.id).toBe("a");
    expect(chooseBanner([twinA, twinB], visitor, now)?.id).toBe("a");
  });

  it("skips a higher-priority banner that does not match", () => {
    const banners = [
      banner({ id: "paused", priority: 9, status: "PAUSED" }),
      banner({ id: "for-subscribers", priority: 8, audience: { kind: "ALL_SUBSCRIBERS" } }),
      banner({ id: "ended", priority: 7, endsAt: now }),
      banner({ id: "for-visitors", priority: 1 }),
    ];
    expect(chooseBanner(banners, visitor, now)?.id).toBe("for-visitors");
    expect(chooseBanner(banners, subscriber(), now)?.id).toBe("for-subscribers");
  });

  it("returns null when nothing matches", () => {
    expect(chooseBanner([], visitor, now)).toBeNull();
    expect(chooseBanner([banner({ audience: { kind: "ALL_SUBSCRIBERS" } })], visitor, now)).toBeNull();
  });
});

describe("subscriberFactsNeeded", () => {
  it("asks only for the facts the audiences read", () => {
    expect(subscriberFactsNeeded([banner(), banner({ audience: { kind: "ALL_SUBSCRIBERS" } })])).toEqual({
      tariff: false,
      balance: false,
      options: false,
    });
    expect(subscriberFactsNeeded([banner({ audience: { kind: "LOW_BALANCE", belowKopecks: 1 } })])).toEqual({
      tariff: false,
      balance: true,
      options: false,
    });
    expect(
      subscriberFactsNeeded([
        banner({ audience: { kind: "ON_TARIFFS", tariffIds: ["t"] } }),
        banner({ audience: { kind: "WITHOUT_OPTION", optionId: "o" } }),
      ]),
    ).toEqual({ tariff: true, balance: false, options: true });
  });
});
