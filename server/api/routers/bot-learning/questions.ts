import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { listUnansweredQuestions } from "@/server/domain/bot-learning/list-unanswered-questions";

const DAY_MS = 86_400_000;

/** The top unanswered bot questions of the last `days` days, grouped by their normalized text. */
export const questions = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ days: z.number().int().min(1).max(366).default(30) }))
  .query(({ ctx, input }) => listUnansweredQuestions(ctx.db, new Date(Date.now() - input.days * DAY_MS)));
