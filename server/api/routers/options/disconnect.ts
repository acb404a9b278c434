import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { disconnectOption } from "@/server/domain/options/disconnect-option";
import { entityId, idempotencyKey, pageKey } from "../shared-inputs";

export const disconnect = subscriberProcedure
  .input(z.object({ optionId: entityId, idempotencyKey, page: pageKey }))
  .mutation(async ({ ctx, input }) => {
    const result = await disconnectOption(ctx.db, {
      accountId: ctx.principal.accountId,
      optionId: input.optionId,
      idempotencyKey: input.idempotencyKey,
      actor: { principal: ctx.principal, page: input.page },
    });
    return { changeId: result.id };
  });
