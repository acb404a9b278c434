import { staffProcedure } from "@/server/api/trpc";
import { clearingPublicPages } from "@/server/http/public-page-cache";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { articleUpdateSchema } from "@/server/domain/help/article-input";
import { updateHelpArticle } from "@/server/domain/help/save-help-article";

// What readers see changes: cached help searches are dropped.
export const update = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(articleUpdateSchema)
  .mutation(({ ctx, input }) => clearingPublicPages(updateHelpArticle(ctx.db, ctx.principal, input)));
