import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { BannerPlacement, BannerStatus } from "@/server/generated/prisma/enums";
import { listBanners } from "@/server/domain/banners/list-banners";

export const list = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(
    z.object({ status: z.enum(BannerStatus).optional(), placement: z.enum(BannerPlacement).optional() }).optional(),
  )
  .query(({ ctx, input }) => listBanners(ctx.db, input ?? {}));
