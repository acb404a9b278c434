import type { ReactNode } from "react";
import { connection } from "next/server";
import { getPrincipal } from "@/server/auth/session";
import { getDb } from "@/server/db";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { selectBanner } from "@/server/domain/banners/select-banner";
import { ClientMessages } from "@/i18n/client-messages";
import { LiveBanner } from "./live-banner";

/**
 * A placement's banner, chosen on the server for this viewer at this moment; `fallback` (or nothing)
 * when none matches. Rendered per request; visitors' landing and help pages are reused for at most
 * PUBLIC_PAGE_CACHE_SECONDS (server/http/public-page-cache.ts), and LiveBanner hides a banner whose
 * end has passed on the client, so a schedule is never frozen into a page for longer.
 */
export async function BannerSlot({ placement, fallback = null, className }: { placement: BannerPlacement; fallback?: ReactNode; className?: string }) {
  await connection();
  const banner = await selectBanner(getDb(), { placement, principal: await getPrincipal(), now: new Date() });
  if (!banner) return fallback;
  const { endsAt, ...view } = banner;
  return (
    <ClientMessages namespaces={["bannerFunnel"]}>
      <LiveBanner banner={view} endsAt={endsAt.toISOString()} className={className} />
    </ClientMessages>
  );
}
