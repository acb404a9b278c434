import type { Db } from "@/server/db-client";
import type { StaffPrincipal } from "@/server/auth/principal";
import { AppError } from "@/server/domain/errors";
import { writeChangeAudit } from "@/server/domain/audit/write-audit-entry";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { tariffUpdateSchema, type TariffUpdateInput } from "./catalogue-input";
import { tariffSnapshot } from "./catalogue-snapshots";
import { scheduleTariffFee } from "./schedule-tariff-fee";
import { assertVersionClaimed } from "@/server/domain/version-check";

/**
 * Saves every field of a tariff. A changed fee starts on the chosen day (today: at once); until then the
 * stored fee stays. Refused with VERSION_CONFLICT when someone saved since the form was opened.
 */
export async function updateTariff(db: Db, actor: StaffPrincipal, input: TariffUpdateInput, now = new Date()) {
  const { tariffId, version, feeEffectiveFrom, monthlyFee, ...fields } = parseStaffInput(tariffUpdateSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.tariff.findUnique({ where: { id: tariffId } });
    if (!before) throw new AppError("NOT_FOUND");
    // Conditional on the version read by the form: of two saves from the same version, the second matches nothing.
    const claimed = await tx.tariff.updateMany({
      where: { id: tariffId, version },
      data: { ...fields, version: { increment: 1 } },
    });
    assertVersionClaimed(claimed);
    const startsAt = await scheduleTariffFee(tx, before, monthlyFee, feeEffectiveFrom, now);
    const after =
      startsAt && startsAt.getTime() <= now.getTime()
        ? await tx.tariff.update({ where: { id: tariffId }, data: { monthlyFee } })
        : await tx.tariff.findUniqueOrThrow({ where: { id: tariffId } });
    await writeChangeAudit(tx, {
      actor,
      action: "catalogue.tariff.update",
      entityType: "Tariff",
      entityId: tariffId,
      before: tariffSnapshot(before),
      after: {
        ...tariffSnapshot(after),
        scheduledFee: startsAt ? { monthlyFee, effectiveFrom: startsAt.toISOString() } : null,
      },
    });
    return { id: tariffId, version: after.version, feeStartsAt: startsAt };
  });
}
