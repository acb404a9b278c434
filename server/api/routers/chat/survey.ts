import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { surveyQuestions } from "@/server/domain/chat/rate-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** Which survey questions this ended chat asks (CSI, NPS), or that it is settled. */
export const survey = publicProcedure
  .input(z.object({ chatId: entityId }))
  .query(({ ctx, input }) => surveyQuestions(ctx.db, { ...input, party: partyOf(ctx) }));
