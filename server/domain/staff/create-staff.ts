import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { hashPassword } from "@/server/auth/password";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { newStaffSchema, parseStaffInput, type NewStaffInput } from "./staff-profile";
import { staffListSelect } from "./list-staff";

/** A new staff account with its first password; the e-mail is the login, so it must be free. */
export async function createStaff(db: Db, actor: StaffPrincipal, input: NewStaffInput) {
  const data = parseStaffInput(newStaffSchema, input);
  const passwordHash = await hashPassword(data.password);
  try {
    return await db.$transaction(async (tx) => {
      const staff = await tx.staffUser.create({
        data: {
          email: data.email,
          fullName: data.fullName,
          passwordHash,
          roles: data.roles,
          chatLimit: data.chatLimit,
          skills: data.skills,
        },
        select: staffListSelect,
      });
      await writeAuditEntry(tx, {
        actor,
        action: "staff.create",
        entityType: "StaffUser",
        entityId: staff.id,
        details: { email: staff.email, roles: staff.roles, chatLimit: staff.chatLimit, skills: staff.skills },
      });
      return staff;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("EMAIL_TAKEN");
    throw error;
  }
}
