import { subscriberProcedure } from "@/server/api/trpc";
import { markNoticesRead } from "@/server/domain/notices/list-notices";

export const markRead = subscriberProcedure.mutation(({ ctx }) =>
  markNoticesRead(ctx.db, ctx.principal.accountId, new Date()),
);
