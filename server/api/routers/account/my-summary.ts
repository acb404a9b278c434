import { getAccountSummary } from "@/server/domain/account/get-account-summary";
import { subscriberProcedure } from "@/server/api/trpc";

/** The signed-in subscriber's own account: name, number, balance, tariff, options. */
export const mySummary = subscriberProcedure.query(({ ctx }) => getAccountSummary(ctx.db, ctx.principal.accountId));
