import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { recordSelfServiceReviewClick } from "@/server/domain/self-service/self-service-survey";
import { entityId } from "../shared-inputs";

/** The invited subscriber opened a review platform after this contact's survey. */
export const reviewClick = subscriberProcedure
  .input(z.object({ contactId: entityId, platformId: entityId }))
  .mutation(({ ctx, input }) => recordSelfServiceReviewClick(ctx.db, { ...input, accountId: ctx.principal.accountId }));
