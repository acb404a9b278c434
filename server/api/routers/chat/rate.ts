import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { MAX_RATING_COMMENT, rateChat } from "@/server/domain/chat/rate-chat";
import { SCALES } from "@/server/domain/survey/survey-rules";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

const scale = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max).nullish();

/** The survey's answers, any of them (partial answers are kept); each question is answered once. */
export const rate = publicProcedure
  .input(
    z.object({
      chatId: entityId,
      score: scale(SCALES.score),
      npsScore: scale(SCALES.npsScore),
      cesScore: scale(SCALES.cesScore),
      resolved: z.boolean().nullish(),
      comment: z.string().trim().max(MAX_RATING_COMMENT).nullish(),
    }),
  )
  .mutation(({ ctx, input }) => rateChat(ctx.db, { ...input, party: partyOf(ctx) }));
