import { staffProcedure } from "@/server/api/trpc";
import { getWorkspaceOverview } from "@/server/domain/staff/get-workspace-overview";

export const home = staffProcedure("OPERATOR", "SUPERVISOR", "MARKETER", "CONTENT_EDITOR", "ADMIN").query(({ ctx }) =>
  getWorkspaceOverview(ctx.db, ctx.principal.staffId),
);
