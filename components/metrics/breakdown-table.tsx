import type { BreakdownRow } from "@/server/domain/metrics/metric-queries";
import type { MessageKey } from "@/i18n/translator";
import { getTranslator } from "@/i18n/server";

/** Chats and escalations per kind or per channel. */
export async function BreakdownTable<K extends string>({
  rows,
  heading,
  labelOf,
}: {
  rows: BreakdownRow<K>[];
  heading: MessageKey;
  labelOf: (key: K) => MessageKey;
}) {
  const { t } = await getTranslator();
  return (
    <table className="w-full text-left text-sm">
      <thead className="border-b border-line-soft text-muted">
        <tr>
          <th scope="col" className="py-1 pr-3 font-medium">
            {t(heading)}
          </th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">
            {t("metrics.chats")}
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            {t("metrics.escalated")}
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-line-soft">
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row" className="py-1 pr-3 font-normal">
              {t(labelOf(row.key))}
            </th>
            <td className="py-1 pr-3 text-right">{row.chats}</td>
            <td className="py-1 text-right">{row.escalated}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
