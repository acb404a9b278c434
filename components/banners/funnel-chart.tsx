import { metricFormat } from "@/i18n/metric-format";
import type { BannerFunnel } from "@/server/domain/banners/banner-funnel";
import { FUNNEL_STEPS } from "@/server/domain/banners/funnel-steps";
import { getTranslator } from "@/i18n/server";
import { dataTable } from "@/components/ui/data-table";
import { ProportionBar } from "@/components/ui/proportion-bar";
import { cn } from "@/components/ui/cn";

/**
 * The four steps as a table whose count cells carry a proportional bar: the bars are the picture,
 * the table is the same figures as text for everyone (the bars are hidden from screen readers).
 */
export async function FunnelChart({ funnel }: { funnel: BannerFunnel }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const max = Math.max(1, ...FUNNEL_STEPS.map((step) => funnel.totals[step]));
  return (
    <table className={cn(dataTable.table, "mt-3")} data-testid="banner-funnel">
      <caption className="sr-only">{t("bannerFunnel.funnelLabel")}</caption>
      <thead className={dataTable.head}>
        <tr>
          <th scope="col" className={dataTable.headCell()}>
            {t("bannerFunnel.step")}
          </th>
          <th scope="col" className={cn(dataTable.headCell(), "w-1/2")}>
            {t("bannerFunnel.count")}
          </th>
          <th scope="col" className={dataTable.headCell({ numeric: true })}>
            {t("bannerFunnel.ofPrevious")}
          </th>
        </tr>
      </thead>
      <tbody className={dataTable.body}>
        {FUNNEL_STEPS.map((step, i) => {
          const value = funnel.totals[step];
          const previous = i > 0 ? funnel.totals[FUNNEL_STEPS[i - 1]!] : null;
          return (
            <tr key={step} data-step={step}>
              <th scope="row" className={dataTable.rowHead}>
                {t(`bannerFunnel.${step}`)}
              </th>
              <td className={dataTable.cell()}>
                <div className="flex items-center gap-2">
                  <ProportionBar share={value / max} />
                  <span className="tabular-nums">{f.count(value)}</span>
                </div>
              </td>
              <td className={dataTable.cell({ numeric: true })}>
                {previous === null ? "" : f.share(previous > 0 ? value / previous : null)}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The funnel day by day, empty days included. */
export async function FunnelDays({ funnel }: { funnel: BannerFunnel }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  return (
    // Focusable so keyboard users can scroll it; named after the table it holds.
    <div className="mt-3 max-h-96 overflow-auto" tabIndex={0} role="region" aria-label={t("bannerFunnel.dailyTitle")}>
      <table className={dataTable.table} data-testid="banner-funnel-days">
        <thead className={cn(dataTable.head, "sticky top-0 bg-surface")}>
          <tr>
            <th scope="col" className={dataTable.headCell()}>
              {t("bannerFunnel.day")}
            </th>
            {FUNNEL_STEPS.map((step) => (
              <th key={step} scope="col" className={dataTable.headCell({ numeric: true })}>
                {t(`bannerFunnel.${step}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={dataTable.body}>
          {funnel.daily.map((day) => (
            <tr key={day.day}>
              <th scope="row" className={cn(dataTable.rowHead, "whitespace-nowrap py-1")}>
                {f.day(day.day, "long")}
              </th>
              {FUNNEL_STEPS.map((step) => (
                <td key={step} className={cn(dataTable.cell({ numeric: true }), "py-1")}>
                  {f.count(day[step])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
