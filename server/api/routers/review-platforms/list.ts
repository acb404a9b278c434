import { staffProcedure } from "@/server/api/trpc";
import { listReviewPlatforms } from "@/server/domain/survey/review-platforms";

/** The public review platforms promoters are invited to. */
export const list = staffProcedure("ADMIN").query(({ ctx }) => listReviewPlatforms(ctx.db));
