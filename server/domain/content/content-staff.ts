import { hasAnyRole, type Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";

/**
 * Content staff write help articles and teach the bot: the content editor, and the admin who may stand in.
 * The same roles for pages and procedures.
 */
export const CONTENT_STAFF_ROLES = ["CONTENT_EDITOR", "ADMIN"] as const satisfies readonly StaffRole[];

export function isContentStaff(principal: Principal | null): boolean {
  return hasAnyRole(principal, CONTENT_STAFF_ROLES);
}
