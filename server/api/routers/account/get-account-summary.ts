import { z } from "zod";
import { assertCanReadAccount } from "@/server/domain/accounts/access";
import { getAccountSummary } from "@/server/domain/accounts/get-account-summary";
import { protectedProcedure } from "@/server/api/trpc";

export const getAccountSummaryInput = z.object({ accountId: z.string().min(1).max(64) });

/** Any account by id: a subscriber may pass only their own, support staff any. */
export const getAccountSummaryById = protectedProcedure
  .input(getAccountSummaryInput)
  .query(({ ctx, input }) => {
    assertCanReadAccount(ctx.principal, input.accountId);
    return getAccountSummary(ctx.db, input.accountId);
  });
