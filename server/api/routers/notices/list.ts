import { subscriberProcedure } from "@/server/api/trpc";
import { listNotices } from "@/server/domain/notices/list-notices";

/** The signed-in subscriber's own notices with their unread marks. */
export const list = subscriberProcedure.query(({ ctx }) => listNotices(ctx.db, ctx.principal.accountId));
