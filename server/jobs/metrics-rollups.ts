import type { Db } from "@/server/db-client";
import { MAX_METRICS_DAYS, moscowDayOf } from "@/server/domain/metrics/metrics-range";
import { refreshMetricsRollups, repairMetricsRollups } from "@/server/domain/metrics/metrics-rollup";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

const INTERVAL_MS = 60_000;
/** The Moscow hour from which the night's repair runs: after the day closed, before supervisors read. */
const REPAIR_HOUR = 3;

/**
 * Every minute the changed days are rebuilt, so a report seldom has any left to rebuild itself; once a night every
 * day a report may ask for is rebuilt from the raw rows, whatever the triggers missed (a restore, a manual fix).
 * No lock: the rebuilds queue on their own advisory lock and give the same rows whoever runs them, so each
 * instance may repair once a night.
 */
export function metricsRollupsJob(getDb: () => Db): ProcessLoop {
  let repairedDay: string | null = null;
  return createProcessLoop({
    name: "metrics.rollups",
    intervalMs: INTERVAL_MS,
    pass: async () => {
      const now = new Date();
      const today = moscowDayOf(now);
      if (repairedDay !== today && (now.getUTCHours() + 3) % 24 >= REPAIR_HOUR) {
        await repairMetricsRollups(getDb(), { now, days: MAX_METRICS_DAYS + 1 });
        repairedDay = today;
      }
      await refreshMetricsRollups(getDb());
    },
  });
}
