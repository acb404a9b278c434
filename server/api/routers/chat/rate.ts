import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { env } from "@/server/env.mjs";
import { MAX_RATING_COMMENT, rateChat } from "@/server/domain/chat/rate-chat";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

export const rate = publicProcedure
  .input(
    z.object({
      chatId: entityId,
      score: z.number().int().min(1).max(5),
      npsScore: z.number().int().min(0).max(10).nullish(),
      comment: z.string().trim().max(MAX_RATING_COMMENT).nullish(),
    }),
  )
  .mutation(({ ctx, input }) =>
    rateChat(ctx.db, { ...input, party: partyOf(ctx), reviewUrl: env().PUBLIC_REVIEW_URL }),
  );
