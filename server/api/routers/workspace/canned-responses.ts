import { staffProcedure } from "@/server/api/trpc";
import { listCannedResponses } from "@/server/domain/chat/workspace/list-canned-responses";

export const cannedResponses = staffProcedure("OPERATOR", "SUPERVISOR").query(({ ctx }) =>
  listCannedResponses(ctx.db, ctx.locale),
);
