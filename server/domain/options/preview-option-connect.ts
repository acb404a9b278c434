import type { Db } from "@/server/db-client";
import { loadOptionConnect } from "./load-option-connect";

/** What connecting would cost and change, shown before the subscriber confirms. */
export async function previewOptionConnect(db: Db, accountId: string, optionId: string, now = new Date()) {
  const { option, subscriptions, balance, plan } = await loadOptionConnect(db, accountId, optionId, true, now);
  const names = new Map(subscriptions.map((s) => [s.option.id, s.option]));
  return {
    option: { id: option.id, name: option.name, nameEn: option.nameEn, monthlyFee: option.monthlyFee },
    balance,
    connectionFee: plan.connectionFee,
    proratedMonthlyFee: plan.proratedMonthlyFee,
    chargeToday: plan.chargeToday,
    balanceAfter: plan.balanceAfter,
    refusal: plan.refusal,
    replaces: plan.replaces.map((id) => ({ id, name: names.get(id)!.name, nameEn: names.get(id)!.nameEn })),
  };
}

export type OptionConnectPreview = Awaited<ReturnType<typeof previewOptionConnect>>;
