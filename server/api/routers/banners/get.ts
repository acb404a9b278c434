import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { getBanner } from "@/server/domain/banners/get-banner";
import { entityId } from "../shared-inputs";

export const get = staffProcedure(...BANNER_EDITOR_ROLES)
  .input(z.object({ bannerId: entityId }))
  .query(({ ctx, input }) => getBanner(ctx.db, input.bannerId));
