import { subscriberProcedure } from "@/server/api/trpc";
import { getSpendingByCategory } from "@/server/domain/payments/get-spending-by-category";

/** Charges by category for the last three calendar months. */
export const spending = subscriberProcedure.query(({ ctx }) =>
  getSpendingByCategory(ctx.db, ctx.principal.accountId, new Date()),
);
