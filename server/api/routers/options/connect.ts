import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { connectOption } from "@/server/domain/options/connect-option";
import { entityId, idempotencyKey, pageKey } from "../shared-inputs";

export const connect = subscriberProcedure
  .input(z.object({ optionId: entityId, replace: z.boolean().default(false), idempotencyKey, page: pageKey }))
  .mutation(async ({ ctx, input }) => {
    const result = await connectOption(ctx.db, {
      accountId: ctx.principal.accountId,
      optionId: input.optionId,
      replace: input.replace,
      idempotencyKey: input.idempotencyKey,
      actor: { principal: ctx.principal, page: input.page },
    });
    return { changeId: result.id, charged: result.chargedAmount };
  });
