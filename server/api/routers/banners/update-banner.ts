import { staffProcedure } from "@/server/api/trpc";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { updateBanner } from "@/server/domain/banners/update-banner";
import { bannerUpdateSchema } from "@/server/domain/banners/banner-input";

export const updateBannerFields = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(bannerUpdateSchema)
  .mutation(({ ctx, input }) => updateBanner(ctx.db, ctx.principal, input));
