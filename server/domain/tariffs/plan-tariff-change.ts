import type { AppErrorCode } from "@/server/domain/errors";
import { daysLeftInMonth, nextMonthlyChargeDate, proratedFee } from "@/server/domain/billing/billing-calendar";
import { entryText, localizedName } from "@/server/domain/payments/ledger-text";
import { isCompatibleWithTariff, type OptionRules } from "@/server/domain/options/compatibility";

export interface TariffRules {
  id: string;
  monthlyFee: number;
  /** The fee on the next 1st when a change is scheduled by then; the monthly fee otherwise. */
  nextMonthlyFee?: number;
  isArchived: boolean;
  includedOptionIds: string[];
}

export type SwitchedOffReason = "INCOMPATIBLE" | "INCLUDED_IN_TARIFF";

export interface TariffChangePlan {
  /** Charged today: the new monthly fee for the days left in this month. */
  chargeToday: number;
  /** The full new fee, charged from the date below. */
  nextMonthlyFee: number;
  nextChargeAt: Date;
  /** Paid options that end with the change, and why. */
  switchedOff: Array<{ optionId: string; reason: SwitchedOffReason }>;
  /** Why the change cannot happen, or null when it can. */
  refusal: Extract<AppErrorCode, "TARIFF_ARCHIVED" | "SAME_TARIFF" | "INSUFFICIENT_FUNDS"> | null;
  balanceAfter: number;
}

/**
 * Exactly what a tariff change does, computed before the subscriber confirms and
 * again inside the transaction that applies it, so the preview is what happens.
 */
export function planTariffChange(input: {
  currentTariffId: string;
  target: TariffRules;
  activeOptions: OptionRules[];
  balance: number;
  now: Date;
}): TariffChangePlan {
  const { target, balance, now } = input;
  const chargeToday = proratedFee(target.monthlyFee, now);
  const switchedOff = input.activeOptions.flatMap((option): TariffChangePlan["switchedOff"] => {
    if (target.includedOptionIds.includes(option.id)) return [{ optionId: option.id, reason: "INCLUDED_IN_TARIFF" }];
    if (!isCompatibleWithTariff(option, target.id)) return [{ optionId: option.id, reason: "INCOMPATIBLE" }];
    return [];
  });
  const refusal =
    target.id === input.currentTariffId
      ? "SAME_TARIFF"
      : target.isArchived
        ? "TARIFF_ARCHIVED"
        : balance < chargeToday
          ? "INSUFFICIENT_FUNDS"
          : null;
  return {
    chargeToday,
    nextMonthlyFee: target.nextMonthlyFee ?? target.monthlyFee,
    nextChargeAt: nextMonthlyChargeDate(now),
    switchedOff,
    refusal,
    balanceAfter: balance - chargeToday,
  };
}

/** The ledger text of the charge for the days left; the portal bench's bare-SQL baseline writes the same. */
export function proratedTariffFeeText(tariff: { name: string; nameEn: string }, now: Date) {
  return entryText("TARIFF_FEE_PRORATED", { tariff: localizedName(tariff), days: daysLeftInMonth(now) });
}
