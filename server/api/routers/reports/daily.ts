import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { AppError } from "@/server/domain/errors";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import { getDailyReport } from "@/server/domain/reports/daily-report";

/** The daily quality report of one Moscow day (default: yesterday). */
export const daily = staffProcedure("SUPERVISOR", "ADMIN")
  .input(z.object({ day: z.string().max(10).optional() }))
  .query(({ ctx, input }) => {
    if (input.day !== undefined && !moscowDayStart(input.day)) throw new AppError("INVALID_INPUT", { field: "day" });
    return getDailyReport(ctx.db, { day: input.day, now: new Date(), slaSeconds: env().CHAT_RESPONSE_SLA_SECONDS });
  });
