import { staffProcedure } from "@/server/api/trpc";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { createBanner } from "@/server/domain/banners/create-banner";
import { bannerInputSchema } from "@/server/domain/banners/banner-input";

export const create = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(bannerInputSchema)
  .mutation(({ ctx, input }) => createBanner(ctx.db, ctx.principal, input));
