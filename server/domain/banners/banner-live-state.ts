import type { BannerStatus } from "@/server/generated/prisma/enums";

export const BANNER_LIVE_STATES = ["draft", "scheduled", "running", "ended", "paused", "archived"] as const;
export type BannerLiveState = (typeof BANNER_LIVE_STATES)[number];

/** What the marketer needs to know at a glance: the status, and for an active banner where "now" falls in its schedule. */
export function bannerLiveState(
  banner: { status: BannerStatus; startsAt: Date; endsAt: Date },
  now: Date,
): BannerLiveState {
  switch (banner.status) {
    case "DRAFT":
      return "draft";
    case "PAUSED":
      return "paused";
    case "ARCHIVED":
      return "archived";
    case "ACTIVE":
      if (now < banner.startsAt) return "scheduled";
      return now < banner.endsAt ? "running" : "ended";
  }
}
