// Geometry of the spending chart, kept pure so it can be tested without a browser.

export interface AxisScale {
  /** Top of the axis in kopecks: a round number at or above the largest bar. */
  max: number;
  /** Tick values from 0 to max. */
  ticks: number[];
}

const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** A round axis for values up to `largest` kopecks, with about `tickCount` steps of whole roubles. */
export function niceScale(largest: number, tickCount = 4): AxisScale {
  if (!(largest > 0)) return { max: 0, ticks: [0] };
  const rough = largest / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(100, (NICE_STEPS.find((n) => n * magnitude >= rough) ?? 10) * magnitude);
  const max = Math.ceil(largest / step) * step;
  return { max, ticks: Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step) };
}

export interface Segment<C extends string> {
  category: C;
  value: number;
  /** SVG y of the segment's top edge and its height, inside the plot area. */
  y: number;
  height: number;
}

/** Stacks one month's categories from the bottom of the plot, in the given order, scaled to the axis. */
export function stackSegments<C extends string>(
  values: Partial<Record<C, number>>,
  order: readonly C[],
  scale: AxisScale,
  plot: { top: number; height: number },
): Segment<C>[] {
  if (scale.max <= 0) return [];
  const bottom = plot.top + plot.height;
  let stacked = 0;
  const segments: Segment<C>[] = [];
  for (const category of order) {
    const value = values[category] ?? 0;
    if (value <= 0) continue;
    const height = (value / scale.max) * plot.height;
    stacked += height;
    segments.push({ category, value, y: round(bottom - stacked), height: round(height) });
  }
  return segments;
}

const round = (n: number) => Math.round(n * 100) / 100;
