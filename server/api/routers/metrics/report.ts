import { staffProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { getMetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { metricsPeriodInput, metricsRange } from "@/server/domain/metrics/metrics-range";

/** The quality report for a period of Moscow days (default: the last 30), with the configured response SLA. */
export const report = staffProcedure("SUPERVISOR", "ADMIN")
  .input(metricsPeriodInput)
  .query(({ ctx, input }) =>
    getMetricsReport(ctx.db, metricsRange(input, { slaSeconds: env().CHAT_RESPONSE_SLA_SECONDS, now: new Date() })),
  );
