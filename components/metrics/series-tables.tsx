import type { DayRow, HourRow } from "@/server/domain/metrics/metric-types";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";

const head = "py-1 pr-3 font-medium";

/** The by-hour chart as text. */
export async function HourTable({ hours }: { hours: HourRow[] }) {
  const { t } = await getTranslator();
  return (
    <table className="w-full text-left" data-testid="metrics-hours-table">
      <thead className="border-b border-line-soft text-muted">
        <tr>
          <th scope="col" className={head}>
            {t("metrics.hour")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("metrics.chats")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line-soft">
        {hours.map((h) => (
          <tr key={h.hour}>
            <th scope="row" className="py-1 pr-3 font-normal">{`${String(h.hour).padStart(2, "0")}:00`}</th>
            <td className="py-1 pr-3 text-right">{h.chats}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The per-day chart as text, with escalations, CSAT, CES and FCR for each day. */
export async function DayTable({ days }: { days: DayRow[] }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  return (
    <table className="w-full text-left" data-testid="metrics-days-table">
      <thead className="border-b border-line-soft text-muted">
        <tr>
          <th scope="col" className={head}>
            {t("metrics.day")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("metrics.chats")}
          </th>
          <th scope="col" className={`${head} text-right`}>
            {t("metrics.escalated")}
          </th>
          {(["csat", "averageCes", "fcr"] as const).map((key) => (
            <th key={key} scope="col" className={`${head} text-right`}>
              {t(`metrics.${key}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="divide-y divide-line-soft">
        {days.map((d) => (
          <tr key={d.day}>
            <th scope="row" className="whitespace-nowrap py-1 pr-3 font-normal">
              {f.day(d.day, "long")}
            </th>
            <td className="py-1 pr-3 text-right">{d.chats}</td>
            <td className="py-1 pr-3 text-right">{d.escalated}</td>
            <td className="py-1 pr-3 text-right">{f.share(d.csat)}</td>
            <td className="py-1 pr-3 text-right">{f.score(d.averageCes)}</td>
            <td className="py-1 pr-3 text-right">{f.share(d.fcr)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
