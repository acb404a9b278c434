import { z } from "zod";
import { publicProcedure } from "@/server/api/trpc";
import { resolveOldHelpSlug } from "@/server/domain/help/resolve-old-help-slug";

/** Where an article's old address now leads (null: nowhere), for the permanent redirect. */
export const currentSlug = publicProcedure
  .input(z.object({ slug: z.string().min(1).max(120) }))
  .query(({ ctx, input }) => resolveOldHelpSlug(ctx.db, input.slug));
