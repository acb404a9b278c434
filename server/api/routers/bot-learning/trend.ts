import { staffProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { botAnswerTrend } from "@/server/domain/bot-learning/bot-answer-trend";
import { metricsPeriodInput, metricsRange } from "@/server/domain/metrics/metrics-range";

/** The bot's answer rate and self-service containment by day, over a period of Moscow days. */
export const trend = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(metricsPeriodInput)
  .query(({ ctx, input }) =>
    botAnswerTrend(ctx.db, metricsRange(input, { slaSeconds: env().CHAT_RESPONSE_SLA_SECONDS, now: new Date() })),
  );
