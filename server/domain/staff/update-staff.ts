import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput, staffProfileSchema, type StaffProfileInput } from "./staff-profile";
import { staffListSelect } from "./list-staff";

/**
 * Name, roles, chat limit and skills. Roles take effect at the member's next request (sessions
 * read them from the database); an administrator cannot take the ADMIN role from themselves.
 */
export async function updateStaff(db: Db, actor: StaffPrincipal, input: StaffProfileInput & { staffId: string }) {
  const profile = parseStaffInput(staffProfileSchema, input);
  if (input.staffId === actor.staffId && !profile.roles.includes("ADMIN")) throw new AppError("SELF_LOCKOUT");
  return db.$transaction(async (tx) => {
    const before = await tx.staffUser.findUnique({ where: { id: input.staffId }, select: staffListSelect });
    if (!before) throw new AppError("NOT_FOUND");
    const after = await tx.staffUser.update({ where: { id: before.id }, data: profile, select: staffListSelect });
    await writeAuditEntry(tx, {
      actor,
      action: "staff.update",
      entityType: "StaffUser",
      entityId: before.id,
      details: {
        before: { fullName: before.fullName, roles: before.roles, chatLimit: before.chatLimit, skills: before.skills },
        after: profile,
      },
    });
    return after;
  });
}
