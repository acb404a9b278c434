import { z } from "zod";
import { staffProcedure } from "@/server/api/trpc";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";
import { listAdminHelpArticles } from "@/server/domain/help/list-admin-help-articles";

export const list = staffProcedure(...CONTENT_STAFF_ROLES)
  .input(
    z.object({
      query: z.string().max(200).default(""),
      status: z.enum(["all", "published", "draft"]).default("all"),
      page: z.number().int().min(1).max(1000).default(1),
    }),
  )
  .query(({ ctx, input }) => listAdminHelpArticles(ctx.db, input));
