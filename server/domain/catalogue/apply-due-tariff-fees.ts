import type { Db } from "@/server/db-client";
import { writeChangeAudit } from "@/server/domain/audit/write-audit-entry";
import { feeInForce } from "@/server/domain/billing/tariff-fee-on";

/**
 * Moves each tariff's stored fee (what the portal shows) to the scheduled fee once its day has come.
 * Charges never wait for this: they read the dated prices themselves. A conditional update, so two
 * instances running it at once apply a price once.
 */
export async function applyDueTariffFees(db: Db, now = new Date()): Promise<{ applied: number }> {
  const tariffs = await db.tariff.findMany({
    where: { prices: { some: { effectiveFrom: { lte: now } } } },
    select: { id: true, monthlyFee: true, prices: { select: { monthlyFee: true, effectiveFrom: true } } },
  });
  let applied = 0;
  for (const tariff of tariffs) {
    const fee = feeInForce(tariff, now);
    if (fee === tariff.monthlyFee) continue;
    await db.$transaction(async (tx) => {
      const moved = await tx.tariff.updateMany({
        where: { id: tariff.id, monthlyFee: tariff.monthlyFee },
        data: { monthlyFee: fee },
      });
      if (moved.count === 0) return;
      applied += 1;
      await writeChangeAudit(tx, {
        actor: null,
        action: "catalogue.tariff.feeStarted",
        entityType: "Tariff",
        entityId: tariff.id,
        before: { monthlyFee: tariff.monthlyFee },
        after: { monthlyFee: fee },
      });
    });
  }
  return { applied };
}
