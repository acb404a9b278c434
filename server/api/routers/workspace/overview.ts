import { staffProcedure } from "@/server/api/trpc";
import { getOperatorWorkspace } from "@/server/domain/chat/workspace/get-operator-workspace";

export const overview = staffProcedure("OPERATOR", "SUPERVISOR").query(({ ctx }) =>
  getOperatorWorkspace(ctx.db, ctx.principal),
);
