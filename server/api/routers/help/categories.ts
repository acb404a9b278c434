import { listHelpCategories } from "@/server/domain/help/list-help-categories";
import { publicProcedure } from "@/server/api/trpc";

/** Categories with their article titles, for browsing the help centre without a query. */
export const categories = publicProcedure.query(({ ctx }) => listHelpCategories(ctx.db, ctx.locale));
