import type { Tx } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";
import { billingDay } from "@/server/domain/billing/billing-calendar";
import { feeInForce } from "@/server/domain/billing/tariff-fee-on";

/** Midnight in Moscow (UTC+3 all year) at the start of a calendar day "YYYY-MM-DD". */
export function moscowDayStart(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date) - 3 * 3600_000);
}

/** Today in Moscow as "YYYY-MM-DD". */
export function moscowToday(now: Date): string {
  const { year, month, day } = billingDay(now);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * When a fee chosen for `day` starts: that midnight, or now when the day is today or past (what was charged
 * before stays as it was). A malformed day is refused.
 */
export function feeStart(day: string, now: Date): Date {
  const start = moscowDayStart(day);
  if (Number.isNaN(start.getTime()) || moscowToday(start) !== day) {
    throw new AppError("INVALID_INPUT", { field: "feeEffectiveFrom" });
  }
  return start.getTime() < now.getTime() ? now : start;
}

/** A new fee may start today or later: subscribers are never charged a new fee retroactively. */
export function assertNotRetroactive(day: string, now: Date): void {
  if (day < moscowToday(now)) throw new AppError("INVALID_INPUT", { field: "feeEffectiveFrom" });
}

/**
 * Records that the tariff costs `fee` from `day` on, unless it already does then. The first change also
 * keeps the old fee as a price from the beginning of time, so charges before the change keep using it.
 * Returns when the new fee starts, or null when nothing changed.
 */
export async function scheduleTariffFee(
  tx: Tx,
  tariff: { id: string; monthlyFee: number },
  fee: number,
  day: string,
  now: Date,
): Promise<Date | null> {
  const effectiveFrom = feeStart(day, now);
  const prices = await tx.tariffPrice.findMany({ where: { tariffId: tariff.id } });
  if (feeInForce({ monthlyFee: tariff.monthlyFee, prices }, effectiveFrom) === fee) return null;
  assertNotRetroactive(day, now);
  if (prices.length === 0) {
    await tx.tariffPrice.create({
      data: { tariffId: tariff.id, monthlyFee: tariff.monthlyFee, effectiveFrom: new Date(0) },
    });
  }
  await tx.tariffPrice.upsert({
    where: { tariffId_effectiveFrom: { tariffId: tariff.id, effectiveFrom } },
    create: { tariffId: tariff.id, monthlyFee: fee, effectiveFrom },
    update: { monthlyFee: fee },
  });
  return effectiveFrom;
}
