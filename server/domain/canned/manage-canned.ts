import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { isContentStaff } from "@/server/domain/content/content-staff";
import { cannedInputSchema, cannedUpdateSchema, type CannedInput, type CannedUpdateInput } from "./canned-input";
import { assertVersionClaimed } from "@/server/domain/version-check";

type Tx = Prisma.TransactionClient;

/** Shared replies are the content staff's; a personal one only its owner's (nobody else even sees it). */
async function loadManageable(tx: Tx, actor: StaffPrincipal, cannedId: string) {
  const row = await tx.cannedResponse.findUnique({ where: { id: cannedId } });
  if (!row || (row.ownerId !== null && row.ownerId !== actor.staffId)) throw new AppError("NOT_FOUND");
  if (row.ownerId === null && !isContentStaff(actor)) throw new AppError("FORBIDDEN");
  return row;
}

const snapshot = (r: { title: string; shortcut: string; text: string; textEn: string | null }) => ({
  title: r.title,
  shortcut: r.shortcut,
  text: r.text,
  textEn: r.textEn,
});

/** The same shortcut twice in one scope is a field error, whichever of two parallel saves comes second. */
async function unlessShortcutTaken<T>(save: Promise<T>): Promise<T> {
  try {
    return await save;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("INVALID_INPUT", { field: "shortcut" });
    throw error;
  }
}

export async function createCanned(db: Db, actor: StaffPrincipal, input: CannedInput) {
  const { scope, ...fields } = parseStaffInput(cannedInputSchema, input);
  if (scope === "shared" && !isContentStaff(actor)) throw new AppError("FORBIDDEN");
  const ownerId = scope === "shared" ? null : actor.staffId;
  return unlessShortcutTaken(
    db.$transaction(async (tx) => {
      const row = await tx.cannedResponse.create({
        data: { ...fields, ownerId, scope: ownerId ?? "shared", createdById: actor.staffId },
      });
      await writeAuditEntry(tx, {
        actor,
        action: "canned.create",
        entityType: "CannedResponse",
        entityId: row.id,
        details: { scope, after: snapshot(row) },
      });
      return { id: row.id };
    }),
  );
}

/** Saves over the version the editor started from; a save in between makes this one refused. */
export async function updateCanned(db: Db, actor: StaffPrincipal, input: CannedUpdateInput) {
  const { cannedId, version, ...fields } = parseStaffInput(cannedUpdateSchema, input);
  return unlessShortcutTaken(
    db.$transaction(async (tx) => {
      const before = await loadManageable(tx, actor, cannedId);
      const saved = await tx.cannedResponse.updateMany({
        where: { id: cannedId, version },
        data: { ...fields, version: { increment: 1 } },
      });
      assertVersionClaimed(saved);
      await writeAuditEntry(tx, {
        actor,
        action: "canned.update",
        entityType: "CannedResponse",
        entityId: cannedId,
        details: { before: snapshot(before), after: snapshot(fields) },
      });
      return { id: cannedId, version: version + 1 };
    }),
  );
}

export async function deleteCanned(db: Db, actor: StaffPrincipal, input: { cannedId: string }) {
  return db.$transaction(async (tx) => {
    const before = await loadManageable(tx, actor, input.cannedId);
    await tx.cannedResponse.delete({ where: { id: before.id } });
    await writeAuditEntry(tx, {
      actor,
      action: "canned.delete",
      entityType: "CannedResponse",
      entityId: before.id,
      details: { before: snapshot(before) },
    });
    return { id: before.id };
  });
}
