import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { saveAutopay } from "@/server/domain/autopay/autopay-settings";

const kopecks = z.number().int().min(0).max(1_000_000_000).nullable();

/** Switches autopay on with these rules; the domain explains a choice that makes no sense. */
export const save = subscriberProcedure
  .input(z.object({ threshold: kopecks, topUpAmount: kopecks, monthlyCharge: z.boolean() }))
  .mutation(({ ctx, input }) =>
    saveAutopay(ctx.db, {
      accountId: ctx.principal.accountId,
      choice: input,
      actor: { principal: ctx.principal, ip: ctx.ip },
    }),
  );
