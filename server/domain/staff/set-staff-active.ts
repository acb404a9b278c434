import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { staffListSelect } from "./list-staff";

/**
 * Disabling ends the member's sessions at once: the session version moves on, so even after a
 * later enable the old cookies stay invalid. An administrator cannot disable themselves.
 */
export async function setStaffActive(db: Db, actor: StaffPrincipal, input: { staffId: string; active: boolean }) {
  if (input.staffId === actor.staffId && !input.active) throw new AppError("SELF_LOCKOUT");
  return db.$transaction(async (tx) => {
    const moved = await tx.staffUser.updateMany({
      where: { id: input.staffId, isActive: !input.active },
      data: input.active ? { isActive: true } : { isActive: false, sessionVersion: { increment: 1 } },
    });
    const staff = await tx.staffUser.findUnique({ where: { id: input.staffId }, select: staffListSelect });
    if (!staff) throw new AppError("NOT_FOUND");
    // Already in the wanted state: nothing changed, nothing to record.
    if (moved.count === 0) return staff;
    await writeAuditEntry(tx, {
      actor,
      action: input.active ? "staff.enable" : "staff.disable",
      entityType: "StaffUser",
      entityId: staff.id,
    });
    return staff;
  });
}
