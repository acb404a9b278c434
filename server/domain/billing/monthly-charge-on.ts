import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";
import { monthlyCharge } from "./monthly-charge";
import { feeInForce, pricesSelect } from "./tariff-fee-on";

type MonthlyCharge = ReturnType<typeof monthlyCharge>;

/**
 * The monthly charge of an account on a charge date, with the tariff fee in force on that date: a fee
 * change scheduled for later is not charged before it starts, and one that started is charged from then.
 */
export async function monthlyChargeOn(db: Db | Tx, accountId: string, chargeDate: Date): Promise<MonthlyCharge> {
  const charge = (await monthlyChargesOn(db, [accountId], chargeDate)).get(accountId);
  if (!charge) throw new AppError("NOT_FOUND");
  return charge;
}

/** {@link monthlyChargeOn} for many accounts in one query, by account id (unknown ids left out). */
export async function monthlyChargesOn(
  db: Db | Tx,
  accountIds: readonly string[],
  chargeDate: Date,
): Promise<Map<string, MonthlyCharge>> {
  const accounts = await db.subscriberAccount.findMany({
    where: { id: { in: [...accountIds] } },
    select: {
      id: true,
      tariff: { select: { monthlyFee: true, prices: pricesSelect, includedOptions: { select: { optionId: true } } } },
      subscriptions: {
        where: { disconnectedAt: null },
        select: { optionId: true, option: { select: { monthlyFee: true } } },
      },
    },
  });
  return new Map(
    accounts.map((account) => [
      account.id,
      monthlyCharge({
        tariffFee: feeInForce(account.tariff, chargeDate),
        includedOptionIds: account.tariff.includedOptions.map((o) => o.optionId),
        activeOptions: account.subscriptions.map((s) => ({ optionId: s.optionId, monthlyFee: s.option.monthlyFee })),
      }),
    ]),
  );
}
