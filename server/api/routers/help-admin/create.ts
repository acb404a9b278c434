import { staffProcedure } from "@/server/api/trpc";
import { clearingPublicPages } from "@/server/http/public-page-cache";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { articleFieldsSchema } from "@/server/domain/help/article-input";
import { createHelpArticle } from "@/server/domain/help/save-help-article";

export const create = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(articleFieldsSchema)
  .mutation(({ ctx, input }) => clearingPublicPages(createHelpArticle(ctx.db, ctx.principal, input)));
