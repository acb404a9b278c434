import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { getHintsForPage } from "@/server/domain/hints/get-hints-for-page";

export const hintPage = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[a-z-]+$/);

export const forPage = publicProcedure.input(z.object({ page: hintPage })).query(({ ctx, input }) =>
  getHintsForPage(ctx.db, {
    accountId: ctx.principal?.kind === "subscriber" ? ctx.principal.accountId : null,
    page: input.page,
    sessionKey: ctx.visitorSessionKey,
  }),
);
