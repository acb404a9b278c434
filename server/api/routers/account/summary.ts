import { z } from "zod";
import { assertCanReadAccount } from "@/server/domain/account/access";
import { getAccountSummary } from "@/server/domain/account/get-account-summary";
import { protectedProcedure } from "@/server/api/trpc";

export const getAccountSummaryInput = z.object({ accountId: z.string().min(1).max(64) });

/** Any account by id: a subscriber may pass only their own, support staff any. */
export const summary = protectedProcedure.input(getAccountSummaryInput).query(({ ctx, input }) => {
  assertCanReadAccount(ctx.principal, input.accountId);
  return getAccountSummary(ctx.db, input.accountId);
});
