// Autopay rules, shared by the server (the rule) and the form (early, friendly messages).
import { MAX_TOP_UP, topUpAmountProblem, type TopUpAmountProblem } from "@/server/domain/payments/top-up-amount";

export interface AutopayRules {
  /** Attempts per trigger (the first one included) before a decline is final and the subscriber is told. */
  maxAttempts: number;
  /** The wait after a decline before the next attempt. */
  retryMs: number;
  /** A provider that has not answered by then is treated as unknown: the payment stays pending and is asked again. */
  chargeTimeoutMs: number;
}

export const DEFAULT_AUTOPAY_RULES: AutopayRules = { maxAttempts: 3, retryMs: 3_600_000, chargeTimeoutMs: 10_000 };

export function autopayRulesFrom(env: {
  AUTOPAY_MAX_ATTEMPTS: number;
  AUTOPAY_RETRY_MINUTES: number;
  AUTOPAY_CHARGE_TIMEOUT_SECONDS: number;
}): AutopayRules {
  return {
    maxAttempts: env.AUTOPAY_MAX_ATTEMPTS,
    retryMs: env.AUTOPAY_RETRY_MINUTES * 60_000,
    chargeTimeoutMs: env.AUTOPAY_CHARGE_TIMEOUT_SECONDS * 1000,
  };
}

export interface AutopayChoice {
  /** Kopecks, both set or both null: top up `topUpAmount` when the balance falls below `threshold`. */
  threshold: number | null;
  topUpAmount: number | null;
  monthlyCharge: boolean;
}

export type AutopayProblem =
  | { field: "topUpAmount"; problem: TopUpAmountProblem | "MISSING" }
  | { field: "threshold"; problem: "NOT_KOPECKS" | "NEGATIVE" | "TOO_LARGE" | "MISSING" }
  /** A top-up smaller than the threshold would leave the balance below it, and trigger again at once. */
  | { field: "topUpAmount"; problem: "BELOW_THRESHOLD" }
  | { field: "rules"; problem: "NOTHING_CHOSEN" };

export function autopayProblem(choice: AutopayChoice): AutopayProblem | null {
  const { threshold, topUpAmount, monthlyCharge } = choice;
  if (threshold === null && topUpAmount === null)
    return monthlyCharge ? null : { field: "rules", problem: "NOTHING_CHOSEN" };
  if (threshold === null) return { field: "threshold", problem: "MISSING" };
  if (topUpAmount === null) return { field: "topUpAmount", problem: "MISSING" };
  if (!Number.isSafeInteger(threshold)) return { field: "threshold", problem: "NOT_KOPECKS" };
  if (threshold < 0) return { field: "threshold", problem: "NEGATIVE" };
  if (threshold > MAX_TOP_UP) return { field: "threshold", problem: "TOO_LARGE" };
  const amountProblem = topUpAmountProblem(topUpAmount);
  if (amountProblem) return { field: "topUpAmount", problem: amountProblem };
  if (topUpAmount < threshold) return { field: "topUpAmount", problem: "BELOW_THRESHOLD" };
  return null;
}
