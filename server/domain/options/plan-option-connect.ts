import type { AppErrorCode } from "@/server/domain/errors";
import { proratedFee } from "@/server/domain/billing/billing-calendar";
import { conflictingOptions, isCompatibleWithTariff, type OptionRules } from "./compatibility";

export type ConnectRefusal = Extract<
  AppErrorCode,
  "OPTION_UNAVAILABLE" | "OPTION_ALREADY_ACTIVE" | "OPTION_INCOMPATIBLE" | "OPTION_CONFLICT" | "INSUFFICIENT_FUNDS"
>;

export interface OptionConnectPlan {
  connectionFee: number;
  /** The month's fee for the days left, today included. */
  proratedMonthlyFee: number;
  chargeToday: number;
  /** Active options of the same exclusive group; they are switched off when the subscriber agrees to replace. */
  replaces: string[];
  refusal: ConnectRefusal | null;
  balanceAfter: number;
}

/** The price and the rules of connecting one option, for the preview and the change alike. */
export function planOptionConnect(input: {
  option: OptionRules & { connectionFee: number; monthlyFee: number };
  tariffId: string;
  includedOptionIds: string[];
  active: OptionRules[];
  balance: number;
  replace: boolean;
  now: Date;
}): OptionConnectPlan {
  const { option, balance } = input;
  const proratedMonthlyFee = proratedFee(option.monthlyFee, input.now);
  const chargeToday = option.connectionFee + proratedMonthlyFee;
  const replaces = conflictingOptions(option, input.active).map((o) => o.id);
  const alreadyOn = input.active.some((o) => o.id === option.id) || input.includedOptionIds.includes(option.id);
  const refusal: ConnectRefusal | null = option.isArchived
    ? "OPTION_UNAVAILABLE"
    : alreadyOn
      ? "OPTION_ALREADY_ACTIVE"
      : !isCompatibleWithTariff(option, input.tariffId)
        ? "OPTION_INCOMPATIBLE"
        : replaces.length > 0 && !input.replace
          ? "OPTION_CONFLICT"
          : balance < chargeToday
            ? "INSUFFICIENT_FUNDS"
            : null;
  return {
    connectionFee: option.connectionFee,
    proratedMonthlyFee,
    chargeToday,
    replaces,
    refusal,
    balanceAfter: balance - chargeToday,
  };
}
