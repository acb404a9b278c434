import { BannerPlacement, BannerStatus } from "@/server/generated/prisma/enums";
import type { BannerListFilter } from "@/server/domain/banners/list-banners";
import { getTranslator } from "@/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const select = cn(controlClasses, "w-auto text-sm");

/** Plain GET form: the filter lives in the address, works without JavaScript and can be shared. */
export async function BannerFilter({ filter }: { filter: BannerListFilter }) {
  const { t } = await getTranslator();
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm" aria-label={t("banners.filter.apply")}>
      <div>
        <label htmlFor="banner-filter-status" className="font-medium">
          {t("banners.filter.status")}
        </label>
        <select id="banner-filter-status" name="status" defaultValue={filter.status ?? ""} className={select}>
          <option value="">{t("banners.filter.any")}</option>
          {Object.values(BannerStatus).map((s) => (
            <option key={s} value={s}>
              {t(`banners.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="banner-filter-placement" className="font-medium">
          {t("banners.filter.placement")}
        </label>
        <select id="banner-filter-placement" name="placement" defaultValue={filter.placement ?? ""} className={select}>
          <option value="">—</option>
          {Object.values(BannerPlacement).map((p) => (
            <option key={p} value={p}>
              {t(`banners.placement.${p}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClasses({ variant: "secondary" })}>
        {t("banners.filter.apply")}
      </button>
    </form>
  );
}

/** Reads the filter from the address; unknown values are ignored rather than refused. */
export function readBannerFilter(params: Record<string, string | string[] | undefined>): BannerListFilter {
  const status = Object.values(BannerStatus).find((s) => s === params.status);
  const placement = Object.values(BannerPlacement).find((p) => p === params.placement);
  return { status, placement };
}
