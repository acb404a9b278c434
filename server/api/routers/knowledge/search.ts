import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { searchKnowledge } from "@/server/domain/knowledge/search-knowledge";
import { MAX_HELP_QUERY_LENGTH } from "@/server/domain/help/help-query";

/** Help articles and the catalogue in one search, beside the chat. */
export const search = staffProcedure("OPERATOR", "SUPERVISOR")
  .input(z.object({ query: z.string().max(MAX_HELP_QUERY_LENGTH) }))
  .query(({ ctx, input }) => searchKnowledge(ctx.db, { query: input.query, locale: ctx.locale }));
