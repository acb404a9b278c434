/** Account states a hint may react to. */
export const hintConditions = [
  "NEGATIVE_BALANCE",
  "LOW_BALANCE",
  "BLOCKED_FOR_DEBT",
  "OPTION_UNAVAILABLE_ON_TARIFF",
  "USAGE_ABOVE_QUOTA",
] as const;
export type HintCondition = (typeof hintConditions)[number];

/** How far over the tariff's allowance the usual month must be before we say so. */
const OVER_QUOTA_FACTOR = 1.2;

export interface AccountFacts {
  balance: number;
  status: "ACTIVE" | "BLOCKED_FOR_DEBT";
  /** Tariff fee plus paid options: what the 1st will take. */
  nextMonthlyCharge: number;
  usualMonth: { minutes: number; mb: number; sms: number };
  allowance: { minutes: number; mb: number; sms: number };
  hasOptionsUnavailableOnTariff: boolean;
}

/** Which conditions hold for this account now. */
export function accountConditions(facts: AccountFacts): HintCondition[] {
  const conditions: HintCondition[] = [];
  if (facts.balance < 0) conditions.push("NEGATIVE_BALANCE");
  else if (facts.balance < facts.nextMonthlyCharge) conditions.push("LOW_BALANCE");
  if (facts.status === "BLOCKED_FOR_DEBT") conditions.push("BLOCKED_FOR_DEBT");
  if (facts.hasOptionsUnavailableOnTariff) conditions.push("OPTION_UNAVAILABLE_ON_TARIFF");
  const over = (used: number, included: number) => included > 0 && used > included * OVER_QUOTA_FACTOR;
  if (
    over(facts.usualMonth.minutes, facts.allowance.minutes) ||
    over(facts.usualMonth.mb, facts.allowance.mb) ||
    over(facts.usualMonth.sms, facts.allowance.sms)
  ) {
    conditions.push("USAGE_ABOVE_QUOTA");
  }
  return conditions;
}
