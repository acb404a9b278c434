import type { Db } from "@/server/db-client";
import { allMetrics, type MetricsResults } from "./metric-queries";
import { metricsDaysOf, type MetricsDays, type MetricsRange } from "./metrics-range";

export type MetricsReport = MetricsResults & {
  /** The period as Moscow days, both included, and the SLA the missed dialogs were counted with. */
  period: MetricsDays & { slaSeconds: number };
};

/** The supervisor's report: every block in parallel, over one period and one "now", sharing their reads. */
export async function getMetricsReport(db: Db, range: MetricsRange): Promise<MetricsReport> {
  const fixed: MetricsRange = { ...range, now: range.now ?? new Date() };
  return { ...(await allMetrics(db, fixed)), period: { ...metricsDaysOf(range), slaSeconds: range.slaSeconds } };
}
