import type { OperatorMetrics } from "@/server/domain/metrics/operator-metrics";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";

const NUMBER_COLUMNS = [
  "chats",
  "rated",
  "averageScore",
  "csat",
  "averageCes",
  "fcr",
  "averageFirstResponse",
  "averageHandling",
  "missed",
] as const;

/** One row per operator, quiet ones included; scrolls sideways on a narrow screen. */
export async function OperatorTable({ operators }: { operators: OperatorMetrics[] }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  if (operators.length === 0) return <p className="mt-3 text-sm text-muted">{t("metrics.noOperators")}</p>;
  const head = "py-2 pr-3 font-medium";
  const cell = "whitespace-nowrap py-2 pr-3 text-right";
  return (
    <div className="mt-3 overflow-x-auto" role="region" aria-labelledby="metrics-operators-title" tabIndex={0}>
      <table className="w-full text-left text-sm" data-testid="metrics-operators">
        <caption className="pb-2 text-left text-sm text-muted">{t("metrics.operatorsCaption")}</caption>
        <thead className="border-b border-line-soft text-muted">
          <tr>
            <th scope="col" className={head}>
              {t("metrics.operator")}
            </th>
            {NUMBER_COLUMNS.map((key) => (
              <th key={key} scope="col" className={`${head} text-right`}>
                {t(`metrics.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {operators.map((o) => (
            <tr key={o.staffId}>
              <th scope="row" className="py-2 pr-3 font-normal">
                {o.fullName}
                {!o.isActive && <span className="ml-1 text-xs text-muted">({t("metrics.inactive")})</span>}
              </th>
              <td className={cell}>{f.count(o.chats)}</td>
              <td className={cell}>{f.count(o.rated)}</td>
              <td className={cell}>{f.score(o.averageScore)}</td>
              <td className={cell}>{f.share(o.csat)}</td>
              <td className={cell}>{f.score(o.averageCes)}</td>
              <td className={cell}>{f.share(o.fcr)}</td>
              <td className={cell}>{f.duration(o.averageFirstResponseSeconds)}</td>
              <td className={cell}>{f.duration(o.averageHandlingSeconds)}</td>
              <td className={cell}>{f.count(o.missed)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
