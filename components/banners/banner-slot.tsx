import type { ReactNode } from "react";
import { connection } from "next/server";
import { createServerCaller } from "@/server/api/server-caller";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { ClientMessages } from "@/i18n/client-messages";
import { LiveBanner } from "./live-banner";

/**
 * A placement's banner, chosen on the server for this viewer at this moment; `fallback` (or nothing)
 * when none matches. Rendered per request; visitors' landing and help pages are reused for at most
 * PUBLIC_PAGE_CACHE_SECONDS (server/http/public-page-cache.ts), and LiveBanner hides a banner whose
 * end has passed on the client, so a schedule is never frozen into a page for longer.
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
  const { endsAt, ...view } = banner;
  return (
    <ClientMessages namespaces={["bannerFunnel"]}>
      <LiveBanner banner={view} endsAt={endsAt.toISOString()} className={className} />
    </ClientMessages>
  );
}
