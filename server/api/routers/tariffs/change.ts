import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { changeTariff } from "@/server/domain/tariffs/change-tariff";
import { entityId, idempotencyKey, pageKey } from "../shared-inputs";

export const change = subscriberProcedure
  .input(z.object({ tariffId: entityId, idempotencyKey, page: pageKey }))
  .mutation(async ({ ctx, input }) => {
    const result = await changeTariff(ctx.db, {
      accountId: ctx.principal.accountId,
      tariffId: input.tariffId,
      idempotencyKey: input.idempotencyKey,
      actor: { principal: ctx.principal, page: input.page },
    });
    return { changeId: result.id, charged: result.chargedAmount };
  });
