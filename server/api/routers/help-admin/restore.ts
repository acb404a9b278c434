import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { clearingPublicPages } from "@/server/http/public-page-cache";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { restoreHelpArticleVersion } from "@/server/domain/help/restore-help-article-version";
import { entityId } from "../shared-inputs";

export const restore = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(z.object({ articleId: entityId, restoreVersion: z.number().int().min(1), version: z.number().int().min(1) }))
  .mutation(({ ctx, input }) => clearingPublicPages(restoreHelpArticleVersion(ctx.db, ctx.principal, input)));
