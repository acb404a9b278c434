import { staffProcedure } from "@/server/api/trpc";
import { dailyReportOptIn } from "@/server/domain/reports/daily-report-mail";

/** Whether this supervisor gets the report by e-mail every morning. */
export const dailyOptIn = staffProcedure("SUPERVISOR", "ADMIN").query(({ ctx }) =>
  dailyReportOptIn(ctx.db, ctx.principal),
);
