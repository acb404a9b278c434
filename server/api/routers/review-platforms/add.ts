import { staffProcedure } from "@/server/api/trpc";
import { addReviewPlatform, reviewPlatformInput } from "@/server/domain/survey/review-platforms";

/** A platform by name and http(s) address. */
export const add = staffProcedure("ADMIN")
  .input(reviewPlatformInput)
  .mutation(({ ctx, input }) => addReviewPlatform(ctx.db, input));
