import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { readBannerAudience } from "./banner-audience";
import { bannerImageUrl } from "./banner-image-url";
import { bannerLiveState } from "./banner-live-state";
import { allowedStatusActions } from "./set-banner-status";

/** One banner for the edit form and the preview. */
export async function getBanner(db: Db, bannerId: string, now = new Date()) {
  const banner = await db.banner.findUnique({
    where: { id: bannerId },
    include: { createdBy: { select: { fullName: true } } },
  });
  if (!banner) throw new AppError("NOT_FOUND");
  const { createdBy, audience, ...fields } = banner;
  const renditions = await db.attachment.findMany({
    where: { id: { in: [banner.imageId, banner.imagePhoneId].filter((id): id is string => id !== null) } },
    select: { id: true, width: true, height: true },
  });
  const size = (id: string | null) => renditions.find((r) => r.id === id) ?? null;
  return {
    ...fields,
    // null when the stored JSON no longer parses: the form then asks for an audience again.
    audience: readBannerAudience(audience),
    createdByName: createdBy?.fullName ?? null,
    imageUrl: bannerImageUrl(banner.imageId),
    imagePhoneUrl: bannerImageUrl(banner.imagePhoneId),
    desktop: size(banner.imageId),
    phone: size(banner.imagePhoneId),
    liveState: bannerLiveState(banner, now),
    actions: allowedStatusActions(banner.status),
  };
}

export type BannerDetails = Awaited<ReturnType<typeof getBanner>>;
