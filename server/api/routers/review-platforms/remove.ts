import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { removeReviewPlatform } from "@/server/domain/survey/review-platforms";
import { entityId } from "../shared-inputs";

/** Promoters are no longer sent there; clicks already counted go with it. */
export const remove = staffProcedure("ADMIN")
  .input(z.object({ platformId: entityId }))
  .mutation(({ ctx, input }) => removeReviewPlatform(ctx.db, input));
