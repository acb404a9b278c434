// Which banner a viewer sees: pure rules over a banner's status, schedule and audience.
import type { BannerStatus } from "@/server/generated/prisma/enums";
import { readBannerAudience, type BannerAudience } from "./banner-audience";

/** Who is looking. Staff are treated as visitors: they see what a signed-out person sees. */
export type BannerViewer =
  | { kind: "visitor" }
  | {
      kind: "subscriber";
      tariffId: string;
      /** Ledger balance in kopecks. */
      balance: number;
      /** Options the subscriber has: connected ones and those included in the tariff. */
      optionIds: readonly string[];
    };

export interface TargetedBanner {
  id: string;
  status: BannerStatus;
  /** As stored; an audience that does not parse matches nobody. */
  audience: unknown;
  startsAt: Date;
  endsAt: Date;
  priority: number;
}

/** Live at `now`: active, started (startsAt included) and not yet ended (endsAt excluded). */
export function isBannerLive(banner: Pick<TargetedBanner, "status" | "startsAt" | "endsAt">, now: Date): boolean {
  const at = now.getTime();
  return banner.status === "ACTIVE" && banner.startsAt.getTime() <= at && at < banner.endsAt.getTime();
}

export function audienceMatches(audience: BannerAudience | null, viewer: BannerViewer): boolean {
  if (!audience) return false;
  if (audience.kind === "VISITORS") return viewer.kind === "visitor";
  if (viewer.kind !== "subscriber") return false;
  switch (audience.kind) {
    case "ALL_SUBSCRIBERS":
      return true;
    case "ON_TARIFFS":
      return audience.tariffIds.includes(viewer.tariffId);
    case "LOW_BALANCE":
      return viewer.balance < audience.belowKopecks;
    case "WITHOUT_OPTION":
      return !viewer.optionIds.includes(audience.optionId);
  }
}

export function bannerMatches(banner: TargetedBanner, viewer: BannerViewer, now: Date): boolean {
  return isBannerLive(banner, now) && audienceMatches(readBannerAudience(banner.audience), viewer);
}

/** Highest priority first; on a tie the newest start, then the id, so the choice is stable across requests. */
export function compareBanners(a: TargetedBanner, b: TargetedBanner): number {
  return (
    b.priority - a.priority || b.startsAt.getTime() - a.startsAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function chooseBanner<B extends TargetedBanner>(
  banners: readonly B[],
  viewer: BannerViewer,
  now: Date,
): B | null {
  const matching = banners.filter((banner) => bannerMatches(banner, viewer, now));
  return matching.sort(compareBanners)[0] ?? null;
}

export interface SubscriberFactsNeeded {
  tariff: boolean;
  balance: boolean;
  options: boolean;
}

/** Which of the subscriber's facts the audiences of these banners read; the others need not be loaded. */
export function subscriberFactsNeeded(banners: readonly Pick<TargetedBanner, "audience">[]): SubscriberFactsNeeded {
  const kinds = new Set(banners.map((banner) => readBannerAudience(banner.audience)?.kind));
  return { tariff: kinds.has("ON_TARIFFS"), balance: kinds.has("LOW_BALANCE"), options: kinds.has("WITHOUT_OPTION") };
}
