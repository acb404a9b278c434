import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { setDailyReportOptIn } from "@/server/domain/reports/daily-report-mail";

/** The supervisor's own choice to get the report by e-mail every morning. */
export const setDailyOptIn = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ optIn: z.boolean() }))
  .mutation(({ ctx, input }) => setDailyReportOptIn(ctx.db, ctx.principal, input.optIn));
