import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { previewTariffChange } from "@/server/domain/tariffs/preview-tariff-change";
import { entityId } from "../shared-inputs";

export const previewChange = subscriberProcedure
  .input(z.object({ tariffId: entityId }))
  .query(({ ctx, input }) => previewTariffChange(ctx.db, ctx.principal.accountId, input.tariffId));
