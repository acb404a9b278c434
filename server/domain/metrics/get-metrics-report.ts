import type { Db } from "@/server/db-client";
import { metricQueries } from "./metric-queries";
import { refreshMetricsRollups } from "./metrics-rollup";
import { metricsDaysOf, type MetricsDays, type MetricsRange } from "./metrics-range";

type Results = { [K in keyof typeof metricQueries]: Awaited<ReturnType<(typeof metricQueries)[K]>> };

export type MetricsReport = Results & {
  /** The period as Moscow days, both included, and the SLA the missed dialogs were counted with. */
  period: MetricsDays & { slaSeconds: number };
};

/** The supervisor's report: every block queried in parallel, over one period and one "now". */
export async function getMetricsReport(db: Db, range: MetricsRange): Promise<MetricsReport> {
  const fixed: MetricsRange = { ...range, now: range.now ?? new Date() };
  // Once up front, so the blocks below find their days settled instead of queueing on the refresh lock.
  await refreshMetricsRollups(db, fixed);
  const names = Object.keys(metricQueries) as Array<keyof typeof metricQueries>;
  const values = await Promise.all(names.map((name) => metricQueries[name](db, fixed)));
  const results = Object.fromEntries(names.map((name, i) => [name, values[i]])) as Results;
  return { ...results, period: { ...metricsDaysOf(range), slaSeconds: range.slaSeconds } };
}
