import { z } from "zod";
import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { feeInForce, pricesSelect } from "@/server/domain/billing/tariff-fee-on";
import { parseStaffInput } from "@/server/domain/staff/staff-profile";
import { calendarDay, tariffFields } from "./catalogue-input";
import { assertNotRetroactive, feeStart } from "./schedule-tariff-fee";

export const feePreviewSchema = z.object({
  tariffId: z.string().min(1).max(64),
  monthlyFee: tariffFields.shape.monthlyFee,
  feeEffectiveFrom: calendarDay,
});

/**
 * What a fee change would touch, shown before saving: how many accounts are on the tariff now (counted in
 * the database), the fee they pay on that day without the change, and when the new fee would start.
 */
export async function previewTariffFee(db: Db, input: z.input<typeof feePreviewSchema>, now = new Date()) {
  const { tariffId, monthlyFee, feeEffectiveFrom } = parseStaffInput(feePreviewSchema, input);
  const startsAt = feeStart(feeEffectiveFrom, now);
  const tariff = await db.tariff.findUnique({
    where: { id: tariffId },
    select: { monthlyFee: true, prices: pricesSelect, _count: { select: { accounts: true } } },
  });
  if (!tariff) throw new AppError("NOT_FOUND");
  const feeBefore = feeInForce(tariff, startsAt);
  if (feeBefore !== monthlyFee) assertNotRetroactive(feeEffectiveFrom, now);
  return { accounts: tariff._count.accounts, feeBefore, monthlyFee, startsAt, changes: feeBefore !== monthlyFee };
}
