import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeChangeAudit } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { archiveSchema, type ArchiveInput } from "./catalogue-input";
import { assertVersionClaimed } from "@/server/domain/version-check";

/**
 * Archives a tariff or an option (closed for new connections; whoever has it keeps it) or opens it again.
 * Nothing of the catalogue is ever deleted: accounts, ledger entries and history point at it.
 */
export async function setCatalogueArchived(
  db: Db,
  actor: StaffPrincipal,
  kind: "tariff" | "option",
  input: ArchiveInput,
) {
  const { id, version, archived } = parseStaffInput(archiveSchema, input);
  return db.$transaction(async (tx) => {
    const where = { id, version };
    const data = { isArchived: archived, version: { increment: 1 } };
    const before =
      kind === "tariff"
        ? await tx.tariff.findUnique({ where: { id }, select: { isArchived: true } })
        : await tx.option.findUnique({ where: { id }, select: { isArchived: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const claimed =
      kind === "tariff" ? await tx.tariff.updateMany({ where, data }) : await tx.option.updateMany({ where, data });
    assertVersionClaimed(claimed);
    await writeChangeAudit(tx, {
      actor,
      action: `catalogue.${kind}.${archived ? "archive" : "open"}`,
      entityType: kind === "tariff" ? "Tariff" : "Option",
      entityId: id,
      before: { isArchived: before.isArchived, version },
      after: { isArchived: archived, version: version + 1 },
    });
    return { id, version: version + 1 };
  });
}
