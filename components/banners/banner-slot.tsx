import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { connection } from "next/server";
import { createServerCaller } from "@/server/api/server-caller";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { ClientMessages } from "@/i18n/client-messages";
import { DISMISSED_BANNERS_COOKIE, readDismissedBanners } from "@/server/domain/banners/dismissed-banners";
import { LiveBanner } from "./live-banner";

/**
 * A placement's banner, chosen on the server for this viewer at this moment; `fallback` (or nothing)
 * when none matches. Rendered per request; visitors' landing and help pages are reused for at most
 * PUBLIC_PAGE_CACHE_SECONDS (server/http/public-page-cache.ts), and LiveBanner hides a banner whose
 * end has passed on the client, so a schedule is never frozen into a page for longer. A banner the reader
 * hid earlier in this browser session is left out here, not removed after load, so the page does not move.
 */
export async function BannerSlot({
  placement,
  fallback = null,
  className,
}: {
  placement: BannerPlacement;
  fallback?: ReactNode;
  className?: string;
}) {
  await connection();
  const banner = await (await createServerCaller()).banners.forPlacement({ placement });
  if (!banner) return fallback;
  const dismissed = readDismissedBanners((await cookies()).get(DISMISSED_BANNERS_COOKIE)?.value);
  if (dismissed.includes(banner.id)) return null;
  const { endsAt, ...view } = banner;
  return (
    <ClientMessages namespaces={["bannerFunnel"]}>
      <LiveBanner banner={view} endsAt={endsAt.toISOString()} className={className} />
    </ClientMessages>
  );
}
