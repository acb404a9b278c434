import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { writeChangeAudit } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { newTariffSchema, type NewTariffInput } from "./catalogue-input";
import { tariffSnapshot } from "./catalogue-snapshots";

/** A new tariff, open for new connections at once, after the existing ones in the list. */
export async function createTariff(db: Db, actor: StaffPrincipal, input: NewTariffInput) {
  const tariff = parseStaffInput(newTariffSchema, input);
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.tariff.aggregate({ _max: { sortOrder: true } });
      const created = await tx.tariff.create({ data: { ...tariff, sortOrder: (last._max.sortOrder ?? 0) + 1 } });
      await writeChangeAudit(tx, {
        actor,
        action: "catalogue.tariff.create",
        entityType: "Tariff",
        entityId: created.id,
        before: null,
        after: tariffSnapshot(created),
      });
      return { id: created.id, version: created.version };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CODE_TAKEN", { field: "code" });
    throw error;
  }
}
