import { subscriberProcedure } from "@/server/api/trpc";
import { countUnreadNotices } from "@/server/domain/notices/list-notices";

/** How many of the signed-in subscriber's notices are unread (the account tabs show it). */
export const unread = subscriberProcedure.query(({ ctx }) => countUnreadNotices(ctx.db, ctx.principal.accountId));
