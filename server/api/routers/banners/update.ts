import { staffProcedure } from "@/server/api/trpc";
import { clearingPublicPages } from "@/server/http/public-page-cache";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { updateBanner } from "@/server/domain/banners/update-banner";
import { bannerUpdateSchema } from "@/server/domain/banners/banner-input";

export const update = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(bannerUpdateSchema)
  // What visitors see changes: cached public pages are dropped.
  .mutation(({ ctx, input }) => clearingPublicPages(updateBanner(ctx.db, ctx.principal, input)));
