import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";

/** A tariff's stored fee and its dated prices, as loaded for {@link feeInForce}. */
export interface PricedTariff {
  monthlyFee: number;
  prices: Array<{ monthlyFee: number; effectiveFrom: Date }>;
}

/**
 * The monthly fee in force at `at`: the latest dated price that started by then. A tariff whose fee
 * never changed has no dated prices and its stored fee holds for every date.
 */
export function feeInForce(tariff: PricedTariff, at: Date): number {
  let best: { monthlyFee: number; effectiveFrom: Date } | null = null;
  for (const price of tariff.prices) {
    if (price.effectiveFrom.getTime() > at.getTime()) continue;
    if (!best || price.effectiveFrom.getTime() > best.effectiveFrom.getTime()) best = price;
  }
  return best?.monthlyFee ?? tariff.monthlyFee;
}

/** What to include with a tariff for {@link feeInForce}. */
export const pricesSelect = { select: { monthlyFee: true, effectiveFrom: true } } as const;

/** The fee of one tariff on a date, read from the database. */
export async function tariffFeeOn(db: Db | Tx, tariffId: string, at: Date): Promise<number> {
  const tariff = await db.tariff.findUniqueOrThrow({
    where: { id: tariffId },
    select: { monthlyFee: true, prices: pricesSelect },
  });
  return feeInForce(tariff, at);
}
