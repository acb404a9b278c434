import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { getAdminHelpArticle } from "@/server/domain/help/get-admin-help-article";
import { entityId } from "../shared-inputs";

export const get = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ articleId: entityId }))
  .query(({ ctx, input }) => getAdminHelpArticle(ctx.db, input.articleId));
