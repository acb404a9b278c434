import { subscriberProcedure } from "@/server/api/trpc";
import { getBalanceOverview } from "@/server/domain/payments/get-balance-overview";

/** Balance, status, the next monthly charge and how long the money lasts. */
export const overview = subscriberProcedure.query(({ ctx }) =>
  getBalanceOverview(ctx.db, ctx.principal.accountId, new Date()),
);
