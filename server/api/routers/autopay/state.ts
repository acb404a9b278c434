import { subscriberProcedure } from "@/server/api/trpc";
import { getAutopayState } from "@/server/domain/autopay/autopay-settings";

/** The signed-in subscriber's saved card, autopay rules and last run (no procedure here takes an account or card id). */
export const state = subscriberProcedure.query(({ ctx }) => getAutopayState(ctx.db, ctx.principal.accountId));
