import { staffProcedure } from "@/server/api/trpc";
import { feePreviewSchema, previewTariffFee as preview } from "@/server/domain/catalogue/preview-tariff-fee";

/** How many accounts a fee change touches, asked before saving. */
export const previewTariffFee = staffProcedure("ADMIN")
  .input(feePreviewSchema)
  .query(({ ctx, input }) => preview(ctx.db, input));
