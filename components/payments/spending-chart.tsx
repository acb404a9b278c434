import type { SpendingByCategory } from "@/server/domain/payments/get-spending-by-category";
import type { ChargeCategory } from "@/server/generated/prisma/enums";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { niceScale, stackSegments } from "./chart-scale";

// Distinct and readable on white; the legend and the table carry the same information in text.
const COLORS: Record<ChargeCategory, string> = {
  TARIFF_FEE: "#1d4ed8",
  OPTION_FEE: "#7c3aed",
  CONNECTION_FEE: "#db2777",
  CALLS: "#059669",
  INTERNET: "#0891b2",
  SMS: "#ca8a04",
  ROAMING: "#ea580c",
  OTHER: "#64748b",
};

const WIDTH = 320;
const PLOT = { top: 12, height: 150, left: 64 };
const HEIGHT = PLOT.top + PLOT.height + 28;

/** Stacked bars, one per month, drawn as SVG; a text summary and a table make it readable without sight. */
export async function SpendingChart({ spending }: { spending: SpendingByCategory }) {
  const { locale, t } = await getTranslator();
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const monthName = (m: { year: number; month: number }) =>
    new Date(Date.UTC(m.year, m.month - 1, 15)).toLocaleDateString(locale, { month: "long", timeZone: "UTC" });
  const label = (c: ChargeCategory) => t(`payments.category${c}`);

  if (spending.categories.length === 0) return <p className="mt-3 text-muted">{t("payments.spendingEmpty")}</p>;

  const scale = niceScale(Math.max(...spending.months.map((m) => m.total)));
  const slot = (WIDTH - PLOT.left) / spending.months.length;
  const barWidth = Math.min(56, slot * 0.6);
  const yOf = (value: number) => PLOT.top + PLOT.height - (value / scale.max) * PLOT.height;
  const summary = spending.months.map((m) => `${monthName(m)} — ${money(m.total)}`).join("; ");

  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t("payments.chartLabel", { summary })}
        className="h-auto w-full max-w-lg"
        data-testid="spending-chart"
      >
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={WIDTH} y1={yOf(tick)} y2={yOf(tick)} className="stroke-line-soft" />
            <text x={PLOT.left - 6} y={yOf(tick) + 4} textAnchor="end" fontSize="10" className="fill-muted">
              {money(tick)}
            </text>
          </g>
        ))}
        {spending.months.map((m, i) => {
          const x = PLOT.left + slot * i + (slot - barWidth) / 2;
          return (
            <g key={m.key}>
              {stackSegments(m.byCategory, spending.categories, scale, PLOT).map((s) => (
                <rect key={s.category} x={x} y={s.y} width={barWidth} height={s.height} fill={COLORS[s.category]}>
                  <title>{`${label(s.category)}: ${money(s.value)}`}</title>
                </rect>
              ))}
              <text x={x + barWidth / 2} y={HEIGHT - 10} textAnchor="middle" fontSize="11" className="fill-ink">
                {monthName(m)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {spending.categories.map((c) => (
            <li key={c} className="flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="inline-block size-3 rounded-sm"
                style={{ backgroundColor: COLORS[c] }}
              />
              {label(c)}
            </li>
          ))}
        </ul>
      </figcaption>
      <details className="mt-3 text-sm">
        <summary className="cursor-pointer text-brand-ink">{t("payments.chartTable")}</summary>
        <div className="mt-2 overflow-x-auto">
          <table className="w-full text-left" data-testid="spending-table">
            <thead className="border-b border-line-soft text-muted">
              <tr>
                <th scope="col" className="py-1 pr-3 font-medium">
                  {t("payments.colCategory")}
                </th>
                {spending.months.map((m) => (
                  <th key={m.key} scope="col" className="py-1 pr-3 text-right font-medium">
                    {monthName(m)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="divide-y divide-line-soft">
              {spending.categories.map((c) => (
                <tr key={c}>
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {label(c)}
                  </th>
                  {spending.months.map((m) => (
                    <td key={m.key} className="whitespace-nowrap py-1 pr-3 text-right">
                      {money(m.byCategory[c] ?? 0)}
                    </td>
                  ))}
                </tr>
              ))}
              <tr className="font-medium">
                <th scope="row" className="py-1 pr-3">
                  {t("payments.total")}
                </th>
                {spending.months.map((m) => (
                  <td key={m.key} className="whitespace-nowrap py-1 pr-3 text-right">
                    {money(m.total)}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
