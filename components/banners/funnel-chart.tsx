import { metricFormat } from "@/components/metrics/metric-format";
import type { BannerFunnel } from "@/server/domain/banners/banner-funnel";
import { FUNNEL_STEPS } from "@/server/domain/banners/funnel-steps";
import { getTranslator } from "@/i18n/server";

const head = "py-1 pr-3 font-medium";

/**
 * The four steps as a table whose count cells carry a proportional bar: the bars are the picture,
 * the table is the same figures as text for everyone (the bars are hidden from screen readers).
 */
export async function FunnelChart({ funnel }: { funnel: BannerFunnel }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const max = Math.max(1, ...FUNNEL_STEPS.map((step) => funnel.totals[step]));
  return (
    <table className="mt-3 w-full text-left text-sm" data-testid="banner-funnel">
      <caption className="sr-only">{t("bannerFunnel.funnelLabel")}</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className={head}>
            {t("bannerFunnel.step")}
          </th>
          <th scope="col" className={`${head} w-1/2`}>
            {t("bannerFunnel.count")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("bannerFunnel.ofPrevious")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {FUNNEL_STEPS.map((step, i) => {
          const value = funnel.totals[step];
          const previous = i > 0 ? funnel.totals[FUNNEL_STEPS[i - 1]!] : null;
          return (
            <tr key={step} data-step={step}>
              <th scope="row" className="py-2 pr-3 font-normal">
                {t(`bannerFunnel.${step}`)}
              </th>
              <td className="py-2 pr-3">
                <div className="flex items-center gap-2">
                  <div
                    aria-hidden="true"
                    className="h-4 rounded bg-brand-600"
                    style={{ width: `${(value / max) * 100}%`, minWidth: value > 0 ? "2px" : 0 }}
                  />
                  <span className="tabular-nums">{f.count(value)}</span>
                </div>
              </td>
              <td className="py-2 pr-3 text-right tabular-nums">
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
      <table className="w-full text-left text-sm" data-testid="banner-funnel-days">
        <thead className="sticky top-0 border-b border-slate-200 bg-white text-slate-600">
          <tr>
            <th scope="col" className={head}>
              {t("bannerFunnel.day")}
            </th>
            {FUNNEL_STEPS.map((step) => (
              <th key={step} scope="col" className={`${head} text-right`}>
                {t(`bannerFunnel.${step}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {funnel.daily.map((day) => (
            <tr key={day.day}>
              <th scope="row" className="whitespace-nowrap py-1 pr-3 font-normal">
                {f.day(day.day, "long")}
              </th>
              {FUNNEL_STEPS.map((step) => (
                <td key={step} className="py-1 pr-3 text-right tabular-nums">
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
