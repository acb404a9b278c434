import { Link } from "@/components/ui/link";
import type { BannerFunnelReport } from "@/server/domain/banners/banner-funnel";
import type { MetricsDays, MetricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { getTranslator } from "@/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";

interface Props {
  banners: BannerFunnelReport["banners"];
  bannerId: string | undefined;
  days: MetricsDays;
  problem: { field: "from" | "to"; problem: MetricsPeriodProblem } | null;
}

/** A plain GET form: the banner and the period end up in the URL and work without JavaScript. */
export async function FunnelFilter({ banners, bannerId, days, problem }: Props) {
  const { t } = await getTranslator();
  const input = controlClasses;
  const invalid = (field: "from" | "to") => problem?.field === field;
  const dateField = (name: "from" | "to") => (
    <label className="block text-sm">
      {t(`metrics.${name}`)}
      <input
        type="date"
        name={name}
        defaultValue={days[name]}
        required
        aria-invalid={invalid(name) || undefined}
        aria-describedby={invalid(name) ? "funnel-period-problem" : undefined}
        className={input}
      />
    </label>
  );
  return (
    <form
      action="/admin/banners/funnel"
      method="get"
      aria-label={t("bannerFunnel.filters")}
      className={cn(
        cardClasses({ padding: "sm" }),
        "grid gap-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto] lg:items-end",
      )}
    >
      <label className="block text-sm sm:col-span-2 lg:col-span-1">
        {t("bannerFunnel.banner")}
        <select name="banner" defaultValue={bannerId} className={input}>
          {banners.map((banner) => (
            <option
              key={banner.id}
              value={banner.id}
            >{`${banner.title} (${t(`bannerFunnel.status${banner.status}`)})`}</option>
          ))}
        </select>
      </label>
      {dateField("from")}
      {dateField("to")}
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClasses()}>
          {t("metrics.apply")}
        </button>
        <Link
          href={bannerId ? `/admin/banners/funnel?banner=${encodeURIComponent(bannerId)}` : "/admin/banners/funnel"}
          className={buttonClasses({ variant: "secondary" })}
        >
          {t("metrics.reset")}
        </Link>
      </div>
      {problem && (
        <p id="funnel-period-problem" role="alert" className="text-sm text-danger sm:col-span-2 lg:col-span-4">
          {t(`metrics.period${problem.problem}`)} {t("metrics.periodIgnored")}
        </p>
      )}
    </form>
  );
}
