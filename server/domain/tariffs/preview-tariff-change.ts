import type { Db } from "@/server/db-client";
import { loadTariffChange } from "./load-tariff-change";

/** What a change would do, shown before the subscriber confirms. */
export async function previewTariffChange(db: Db, accountId: string, tariffId: string, now = new Date()) {
  const { account, target, options, balance, plan } = await loadTariffChange(db, accountId, tariffId, now);
  const byId = new Map(options.map((option) => [option.id, option]));
  return {
    from: {
      id: account.tariff.id,
      name: account.tariff.name,
      nameEn: account.tariff.nameEn,
      monthlyFee: account.tariff.monthlyFee,
    },
    to: { id: target.id, name: target.name, nameEn: target.nameEn, monthlyFee: target.monthlyFee },
    balance,
    chargeToday: plan.chargeToday,
    balanceAfter: plan.balanceAfter,
    nextMonthlyFee: plan.nextMonthlyFee,
    nextChargeAt: plan.nextChargeAt,
    refusal: plan.refusal,
    switchedOff: plan.switchedOff.map(({ optionId, reason }) => {
      const option = byId.get(optionId)!;
      return { id: option.id, name: option.name, nameEn: option.nameEn, reason };
    }),
  };
}

export type TariffChangePreview = Awaited<ReturnType<typeof previewTariffChange>>;
