import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { BannerPlacement } from "@/server/generated/prisma/enums";
import { selectBanner } from "@/server/domain/banners/select-banner";

/** The banner a placement shows to this viewer now (visitors included), or null. */
export const forPlacement = publicProcedure
  .input(z.object({ placement: z.enum(BannerPlacement) }))
  .query(({ ctx, input }) =>
    selectBanner(ctx.db, { placement: input.placement, principal: ctx.principal, now: new Date() }),
  );
