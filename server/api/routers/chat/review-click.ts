import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { recordReviewClick } from "@/server/domain/survey/review-platforms";
import { entityId } from "../shared-inputs";
import { partyOf } from "./party";

/** The invited subscriber opened a review platform. */
export const reviewClick = publicProcedure
  .input(z.object({ chatId: entityId, platformId: entityId }))
  .mutation(async ({ ctx, input }) => {
    await recordReviewClick(ctx.db, { ...input, party: partyOf(ctx) });
  });
