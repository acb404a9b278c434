import { Link } from "@/components/ui/link";
import type { BannerListItem } from "@/server/domain/banners/list-banners";
import type { BannerLiveState } from "@/server/domain/banners/banner-live-state";
import { getTranslator } from "@/i18n/server";
import { formatMoscow } from "./moscow-time";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const liveTone: Record<BannerLiveState, BadgeTone> = {
  running: "success",
  scheduled: "brand",
  paused: "warning",
  ended: "neutral",
  draft: "neutral",
  archived: "neutral",
};

/** The marketer's banners with what each is doing right now; the title opens the editor. */
export async function BannerTable({ banners }: { banners: BannerListItem[] }) {
  const { locale, t } = await getTranslator();
  if (banners.length === 0) return <p className="text-muted">{t("banners.empty")}</p>;
  return (
    <>
      <p className="text-sm text-muted">{t("banners.count", { count: banners.length })}</p>
      <div
        role="region"
        aria-labelledby="banners-title"
        tabIndex={0}
        className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand")}
      >
        <table className="w-full text-left text-sm" data-testid="banner-table">
          <thead className="bg-canvas text-muted">
            <tr>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.banner")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.live")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.status")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.placement")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.schedule")}
              </th>
              <th scope="col" className="px-4 py-2 text-right">
                {t("banners.table.priority")}
              </th>
              <th scope="col" className="px-4 py-2">
                {t("banners.table.funnel")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-line-soft">
            {banners.map((b) => (
              <tr key={b.id}>
                <td className="min-w-44 px-4 py-2 align-top">
                  <Link
                    href={`/admin/banners/${b.id}`}
                    className="font-medium text-brand-ink hover:underline break-words"
                  >
                    {b.title}
                  </Link>
                </td>
                <td className="px-4 py-2 align-top">
                  <Badge tone={liveTone[b.liveState]} className="whitespace-nowrap">
                    {t(`banners.live.${b.liveState}`)}
                  </Badge>
                </td>
                <td className="px-4 py-2 align-top">{t(`banners.status.${b.status}`)}</td>
                <td className="px-4 py-2 align-top">{t(`banners.placement.${b.placement}`)}</td>
                <td className="px-4 py-2 align-top">
                  <time dateTime={b.startsAt.toISOString()} className="whitespace-nowrap">
                    {formatMoscow(b.startsAt, locale)}
                  </time>
                  {" – "}
                  <time dateTime={b.endsAt.toISOString()} className="whitespace-nowrap">
                    {formatMoscow(b.endsAt, locale)}
                  </time>
                </td>
                <td className="px-4 py-2 align-top text-right tabular-nums">{b.priority}</td>
                <td className="px-4 py-2 align-top">
                  <Link
                    href={`/admin/banners/funnel?banner=${encodeURIComponent(b.id)}`}
                    className="text-brand-ink hover:underline"
                  >
                    {t("banners.table.funnel")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
