import { subscriberProcedure } from "@/server/api/trpc";
import { getNoticeSettings } from "@/server/domain/notices/notice-settings";

/** Which notices the signed-in subscriber gets, and by which channels. */
export const settings = subscriberProcedure.query(({ ctx }) => getNoticeSettings(ctx.db, ctx.principal.accountId));
