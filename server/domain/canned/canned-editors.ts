import type { StaffRole } from "@/server/generated/prisma/enums";
import { CONTENT_STAFF_ROLES } from "@/server/domain/content/content-staff";

/**
 * Who opens /admin/canned: those who chat keep their own replies there, content staff also manage the
 * shared ones (server/domain/canned/manage-canned.ts decides which reply each may change).
 */
export const CANNED_EDITOR_ROLES = [
  "OPERATOR",
  "SUPERVISOR",
  ...CONTENT_STAFF_ROLES,
] as const satisfies readonly StaffRole[];
