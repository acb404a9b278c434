import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { hintColumns, hintInputSchema, hintUpdateSchema, type HintInput, type HintUpdateInput } from "./hint-input";
import { hintAuditSnapshot } from "./hint-audit";
import { assertVersionClaimed } from "@/server/domain/version-check";

async function checkArticle(tx: Prisma.TransactionClient, articleId: string | null) {
  if (articleId && !(await tx.helpArticle.findUnique({ where: { id: articleId }, select: { id: true } }))) {
    throw new AppError("INVALID_INPUT", { field: "link" });
  }
}

/** A new hint, live at once; its code is generated (codes name the seeded hints in tests and logs). */
export async function createHint(db: Db, actor: StaffPrincipal, input: HintInput) {
  const columns = hintColumns(parseStaffInput(hintInputSchema, input));
  return db.$transaction(async (tx) => {
    await checkArticle(tx, columns.articleId);
    const hint = await tx.hint.create({ data: { ...columns, code: `hint-${randomUUID().slice(0, 8)}` } });
    await writeAuditEntry(tx, {
      actor,
      action: "hint.create",
      entityType: "Hint",
      entityId: hint.id,
      details: { after: hintAuditSnapshot(hint) },
    });
    return { id: hint.id };
  });
}

/**
 * Saves every field at once, only over the version the editor started from: when someone saved in
 * between, the save is refused instead of silently overwriting their change.
 */
export async function updateHint(db: Db, actor: StaffPrincipal, input: HintUpdateInput) {
  const { hintId, version, ...hint } = parseStaffInput(hintUpdateSchema, input);
  const columns = hintColumns(hint);
  return db.$transaction(async (tx) => {
    const before = await tx.hint.findUnique({ where: { id: hintId } });
    if (!before) throw new AppError("NOT_FOUND");
    await checkArticle(tx, columns.articleId);
    const saved = await tx.hint.updateMany({
      where: { id: hintId, version },
      data: { ...columns, version: { increment: 1 } },
    });
    assertVersionClaimed(saved);
    await writeAuditEntry(tx, {
      actor,
      action: "hint.update",
      entityType: "Hint",
      entityId: hintId,
      details: { before: hintAuditSnapshot(before), after: hintAuditSnapshot(columns) },
    });
    return { id: hintId, version: version + 1 };
  });
}

/** Archived hints stop showing and keep their feedback; an archived hint can come back. */
export async function setHintArchived(
  db: Db,
  actor: StaffPrincipal,
  input: { hintId: string; archived: boolean; version: number },
) {
  return db.$transaction(async (tx) => {
    const saved = await tx.hint.updateMany({
      where: { id: input.hintId, version: input.version },
      data: { isActive: !input.archived, version: { increment: 1 } },
    });
    if (saved.count === 0) {
      const exists = await tx.hint.findUnique({ where: { id: input.hintId }, select: { id: true } });
      if (!exists) throw new AppError("NOT_FOUND");
      assertVersionClaimed(saved);
    }
    await writeAuditEntry(tx, {
      actor,
      action: input.archived ? "hint.archive" : "hint.restore",
      entityType: "Hint",
      entityId: input.hintId,
      details: { before: { isActive: input.archived }, after: { isActive: !input.archived } },
    });
    return { id: input.hintId, version: input.version + 1 };
  });
}
