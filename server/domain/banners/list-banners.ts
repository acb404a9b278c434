import type { Db } from "@/server/db-client";
import type { BannerPlacement, BannerStatus } from "@/server/generated/prisma/enums";
import { bannerLiveState } from "./banner-live-state";

export interface BannerListFilter {
  status?: BannerStatus;
  placement?: BannerPlacement;
}

/** Banners for the marketer's table, highest priority first within a placement; archived ones only when asked for. */
export async function listBanners(db: Db, filter: BannerListFilter, now = new Date()) {
  const rows = await db.banner.findMany({
    where: { status: filter.status ?? { not: "ARCHIVED" }, placement: filter.placement },
    orderBy: [{ placement: "asc" }, { priority: "desc" }, { startsAt: "desc" }],
    select: {
      id: true,
      title: true,
      placement: true,
      status: true,
      startsAt: true,
      endsAt: true,
      priority: true,
      updatedAt: true,
    },
    take: 500,
  });
  return rows.map((row) => ({ ...row, liveState: bannerLiveState(row, now) }));
}

export type BannerListItem = Awaited<ReturnType<typeof listBanners>>[number];
