import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { linkQuestionToArticle } from "@/server/domain/bot-learning/link-question-to-article";
import { entityId } from "../shared-inputs";

/** The bot answers a phrasing with an article from now on (`articleId: null` takes the answer back). */
export const link = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ normalized: z.string().trim().min(1).max(200), articleId: entityId.nullable() }))
  .mutation(({ ctx, input }) => linkQuestionToArticle(ctx.db, ctx.principal, input));
