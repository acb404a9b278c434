import { createTRPCRouter } from "@/server/api/trpc";
import { getMyWorkspaceOverview } from "./get-workspace-overview";
import { listStaffMembers } from "./list-staff";
import { createStaffMember } from "./create-staff";
import { updateStaffMember } from "./update-staff";
import { setStaffMemberActive } from "./set-staff-active";

export const staffRouter = createTRPCRouter({
  workspace: getMyWorkspaceOverview,
  list: listStaffMembers,
  create: createStaffMember,
  update: updateStaffMember,
  setActive: setStaffMemberActive,
});
