import { subscriberProcedure } from "@/server/api/trpc";
import { getPackageUsage } from "@/server/domain/usage/get-package-usage";

/** What is left of the signed-in subscriber's package this month, and when it renews. */
export const myPackage = subscriberProcedure.query(({ ctx }) =>
  getPackageUsage(ctx.db, ctx.principal.accountId, new Date()),
);
