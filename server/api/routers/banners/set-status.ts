import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { clearingPublicPages } from "@/server/http/public-page-cache";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { BANNER_STATUS_ACTIONS, setBannerStatus } from "@/server/domain/banners/set-banner-status";
import { entityId } from "../shared-inputs";

export const setStatus = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(z.object({ bannerId: entityId, action: z.enum(BANNER_STATUS_ACTIONS) }))
  // What visitors see changes: cached public pages are dropped.
  .mutation(({ ctx, input }) => clearingPublicPages(setBannerStatus(ctx.db, ctx.principal, input)));
