import { z } from "zod";
import { MAX_HELP_PAGE, MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";
import { searchHelpArticles } from "@/server/domain/help/search-help-articles";
import { publicProcedure } from "@/server/api/trpc";

export const HELP_PAGE_SIZE = 10;

export const searchHelpInput = z.object({
  query: z.string().max(MAX_HELP_QUERY_LENGTH).default(""),
  page: z.number().int().min(1).max(MAX_HELP_PAGE).default(1),
});

/** Help-centre search in the reader's language; an empty query lists articles by category. */
export const search = publicProcedure.input(searchHelpInput).query(async ({ ctx, input }) => {
  const result = await searchHelpArticles(ctx.db, {
    query: input.query,
    locale: ctx.locale,
    limit: HELP_PAGE_SIZE,
    offset: (input.page - 1) * HELP_PAGE_SIZE,
  });
  return { ...result, page: input.page, pageSize: HELP_PAGE_SIZE };
});
