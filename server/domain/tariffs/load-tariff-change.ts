import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { getBalance } from "@/server/domain/account/balance";
import { AppError } from "@/server/domain/errors";
import { loadActiveSubscriptions } from "@/server/domain/options/load-option-rules";
import { feeInForce, pricesSelect } from "@/server/domain/billing/tariff-fee-on";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { planTariffChange } from "./plan-tariff-change";

/** Reads everything a tariff change depends on and plans it; used for the preview and inside the change. */
export async function loadTariffChange(db: Db | Tx, accountId: string, tariffId: string, now: Date) {
  const [account, target] = await Promise.all([
    db.subscriberAccount.findUnique({ where: { id: accountId }, include: { tariff: true } }),
    db.tariff.findUnique({
      where: { id: tariffId },
      include: { includedOptions: { select: { optionId: true } }, prices: pricesSelect },
    }),
  ]);
  if (!account || !target) throw new AppError("NOT_FOUND");
  const [subscriptions, balance] = await Promise.all([
    loadActiveSubscriptions(db, accountId),
    getBalance(db, accountId),
  ]);
  const plan = planTariffChange({
    currentTariffId: account.tariffId,
    target: {
      id: target.id,
      // Today's days at today's fee; the 1st at the fee in force then (a scheduled change counts).
      monthlyFee: feeInForce(target, now),
      nextMonthlyFee: feeInForce(target, nextMonthlyChargeDate(now)),
      isArchived: target.isArchived,
      includedOptionIds: target.includedOptions.map((o) => o.optionId),
    },
    activeOptions: subscriptions.map((s) => s.rules),
    balance,
    now,
  });
  return { account, target, subscriptions, balance, plan };
}

export type LoadedTariffChange = Awaited<ReturnType<typeof loadTariffChange>>;
