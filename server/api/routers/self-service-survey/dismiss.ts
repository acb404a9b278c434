import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { dismissSelfServiceSurvey } from "@/server/domain/self-service/self-service-survey";
import { entityId } from "../shared-inputs";

/** "Not now": the survey is not asked again for this contact. */
export const dismiss = subscriberProcedure
  .input(z.object({ contactId: entityId }))
  .mutation(({ ctx, input }) => dismissSelfServiceSurvey(ctx.db, { ...input, accountId: ctx.principal.accountId }));
