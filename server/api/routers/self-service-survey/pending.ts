import { subscriberProcedure } from "@/server/api/trpc";
import { pendingSelfServiceSurvey } from "@/server/domain/self-service/self-service-survey";

/** The subscriber's self-service contact waiting for its survey (a success after a failure), or null. */
export const pending = subscriberProcedure.query(({ ctx }) =>
  pendingSelfServiceSurvey(ctx.db, { accountId: ctx.principal.accountId }),
);
