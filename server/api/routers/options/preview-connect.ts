import { z } from "zod";
import { subscriberProcedure } from "@/server/api/trpc";
import { previewOptionConnect } from "@/server/domain/options/preview-option-connect";
import { entityId } from "../shared-inputs";

export const previewConnect = subscriberProcedure
  .input(z.object({ optionId: entityId }))
  .query(({ ctx, input }) => previewOptionConnect(ctx.db, ctx.principal.accountId, input.optionId));
