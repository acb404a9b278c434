import { createTRPCRouter } from "@/server/api/trpc";
import { getMyWorkspaceOverview } from "./get-workspace-overview";
import { listStaffMembers } from "./list-staff";

export const staffRouter = createTRPCRouter({
  workspace: getMyWorkspaceOverview,
  list: listStaffMembers,
});
