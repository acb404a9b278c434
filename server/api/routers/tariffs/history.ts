import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { listChangeHistory } from "@/server/domain/tariffs/list-change-history";

const PAGE_SIZE = 20;

export const history = subscriberProcedure
  .input(z.object({ page: z.number().int().min(1).max(10_000).default(1) }))
  .query(({ ctx, input }) =>
    listChangeHistory(ctx.db, ctx.principal.accountId, { take: PAGE_SIZE, skip: (input.page - 1) * PAGE_SIZE }),
  );
