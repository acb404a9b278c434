import { z } from "zod";
import { getHelpArticle, localizeHelpArticle } from "@/server/domain/help/get-help-article";
import { recordArticleView } from "@/server/domain/help/record-article-view";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";
import { publicProcedure } from "@/server/api/trpc";

export const helpArticleInput = z.object({
  slug: z.string().min(1).max(120),
  /** The search that led here, kept with the view. */
  query: z.string().max(MAX_HELP_QUERY_LENGTH).optional(),
});

/** One article in the reader's language; reading it counts as a view of this browser session. */
export const article = publicProcedure.input(helpArticleInput).query(async ({ ctx, input }) => {
  const found = await getHelpArticle(ctx.db, input.slug);
  // Without a session key (a client that refuses cookies) there is nothing to de-duplicate by: not counted.
  if (ctx.visitorSessionKey) {
    await recordArticleView(ctx.db, {
      articleId: found.id,
      accountId: ctx.principal?.kind === "subscriber" ? ctx.principal.accountId : null,
      sessionKey: ctx.visitorSessionKey,
      query: input.query,
    });
  }
  return localizeHelpArticle(found, ctx.locale);
});
