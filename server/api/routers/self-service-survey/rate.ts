import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { rateSelfServiceContact } from "@/server/domain/self-service/self-service-survey";
import { entityId, surveyAnswers } from "../shared-inputs";

/** The survey's answers about the subscriber's own self-service contact, each question once. */
export const rate = subscriberProcedure
  .input(z.object({ contactId: entityId, ...surveyAnswers }))
  .mutation(({ ctx, input }) => rateSelfServiceContact(ctx.db, { ...input, accountId: ctx.principal.accountId }));
