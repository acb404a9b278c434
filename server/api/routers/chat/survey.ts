import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { dismissSurvey as dismiss, surveyQuestions } from "@/server/domain/chat/rate-chat";
import { recordReviewClick } from "@/server/domain/survey/review-platforms";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** Which survey questions this ended chat asks (CSI, NPS), or that it is settled. */
export const survey = publicProcedure
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => surveyQuestions(ctx.db, { ...input, party: partyOf(ctx) }));

/** "Not now": the survey is not asked again for this chat. */
export const dismissSurvey = publicProcedure
  .input(z.object({ chatId: entityId }))
  .mutation(({ ctx, input }) => dismiss(ctx.db, { ...input, party: partyOf(ctx) }));

/** The invited subscriber opened a review platform. */
export const reviewClick = publicProcedure
  .input(z.object({ chatId: entityId, platformId: entityId }))
  .mutation(({ ctx, input }) => recordReviewClick(ctx.db, { ...input, party: partyOf(ctx) }));
