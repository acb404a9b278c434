import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { rateChat } from "@/server/domain/chat/rate-chat";
import { csiScore, entityId, surveyAnswers } from "../shared-inputs";
import { partyOf } from "./party";

/** The survey's answers, any of them (partial answers are kept); each question is answered once. */
export const rate = publicProcedure
  .input(z.object({ chatId: entityId, score: csiScore, ...surveyAnswers }))
  .mutation(({ ctx, input }) => rateChat(ctx.db, { ...input, party: partyOf(ctx) }));
