import type { BreakdownRow } from "@/server/domain/metrics/metric-types";
import type { MessageKey } from "@/i18n/translator";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";

/** Chats, escalations, CSAT, CES and FCR per kind or per channel. */
export async function BreakdownTable<K extends string>({
  rows,
  heading,
  labelOf,
}: {
  rows: BreakdownRow<K>[];
  heading: MessageKey;
  labelOf: (key: K) => MessageKey;
}) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  return (
    // Five columns may not fit a phone: the table scrolls sideways, not the page (a focusable region, so the
    // keyboard can scroll it too).
    <div className="overflow-x-auto" role="region" aria-label={t(heading)} tabIndex={0}>
      <table className="w-full text-left text-sm">
        <thead className="border-b border-line-soft text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              {t(heading)}
            </th>
            <th scope="col" className="py-1 pr-3 text-right font-medium">
              {t("metrics.chats")}
            </th>
            {(["escalated", "csat", "averageCes", "fcr"] as const).map((key) => (
              <th key={key} scope="col" className="py-1 pl-2 text-right font-medium">
                {t(`metrics.${key}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-line-soft">
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className="py-1 pr-3 font-normal">
                {t(labelOf(row.key))}
              </th>
              <td className="py-1 pr-3 text-right">{row.chats}</td>
              <td className="py-1 pl-2 text-right">{row.escalated}</td>
              <td className="py-1 pl-2 text-right">{f.share(row.csat)}</td>
              <td className="py-1 pl-2 text-right">{f.score(row.averageCes)}</td>
              <td className="py-1 pl-2 text-right">{f.share(row.fcr)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
