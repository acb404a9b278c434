import type { ReactNode } from "react";
import { niceScale } from "@/components/payments/chart-scale";
import { getTranslator } from "@/i18n/server";

export interface Bar {
  key: string;
  /** Short axis label; only every few are drawn when there are many bars. */
  axisLabel: string;
  /** Full name for the tooltip and the spoken summary. */
  name: string;
  value: number;
}

const WIDTH = 360;
const PLOT = { top: 12, height: 140, left: 30 };
const HEIGHT = PLOT.top + PLOT.height + 26;
const MAX_AXIS_LABELS = 8;

/**
 * Counts as SVG bars, drawn like the spending chart: the image has a spoken summary and
 * `children` (a table) gives the same figures as text.
 */
export async function BarChart({
  bars,
  label,
  testId,
  children,
}: {
  bars: Bar[];
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const { t } = await getTranslator();
  // niceScale rounds kopecks to whole roubles (steps of 100); counts times 100 get whole-number steps.
  const scale = niceScale(Math.max(1, ...bars.map((b) => b.value)) * 100);
  const max = scale.max / 100;
  const slot = (WIDTH - PLOT.left) / Math.max(1, bars.length);
  const barWidth = Math.max(1, slot * 0.7);
  const yOf = (value: number) => PLOT.top + PLOT.height - (value / max) * PLOT.height;
  const labelEvery = Math.ceil(bars.length / MAX_AXIS_LABELS);
  const summary =
    bars
      .filter((b) => b.value > 0)
      .map((b) => `${b.name} — ${b.value}`)
      .join("; ") || "0";

  return (
    <figure className="mt-3">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={`${label}: ${summary}`}
        className="h-auto w-full"
        data-testid={testId}
      >
        {scale.ticks.map((tick) => (
          <g key={tick}>
            <line x1={PLOT.left} x2={WIDTH} y1={yOf(tick / 100)} y2={yOf(tick / 100)} className="stroke-line-soft" />
            <text x={PLOT.left - 6} y={yOf(tick / 100) + 4} textAnchor="end" fontSize="10" className="fill-muted">
              {tick / 100}
            </text>
          </g>
        ))}
        {bars.map((bar, i) => {
          const x = PLOT.left + slot * i + (slot - barWidth) / 2;
          return (
            <g key={bar.key}>
              {bar.value > 0 && (
                <rect
                  x={x}
                  y={yOf(bar.value)}
                  width={barWidth}
                  height={PLOT.top + PLOT.height - yOf(bar.value)}
                  fill="#1d4ed8"
                >
                  <title>{`${bar.name}: ${bar.value}`}</title>
                </rect>
              )}
              {i % labelEvery === 0 && (
                <text x={x + barWidth / 2} y={HEIGHT - 8} textAnchor="middle" fontSize="10" className="fill-ink">
                  {bar.axisLabel}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer text-brand-ink">{t("metrics.chartTable")}</summary>
        <div className="mt-2 max-h-80 overflow-auto">{children}</div>
      </details>
    </figure>
  );
}
