// Who may take a promised payment, and how much: pure rules shared by the server and the form.

export interface PromisedPaymentRules {
  /** Days from taking it until it is due. */
  days: number;
  /** Kopecks charged for each one taken. */
  fee: number;
  /** Kopecks: the least and the most one credit may be. */
  minAmount: number;
  maxAmount: number;
  /** Kopecks: a balance below this (or below the next monthly charge) is low enough to take one. */
  lowBalance: number;
  /** Whether one that expired unpaid stops another until the debt it left is paid. */
  requireRepaid: boolean;
}

export const DEFAULT_PROMISED_PAYMENT_RULES: PromisedPaymentRules = {
  days: 3,
  fee: 2_500,
  minAmount: 5_000,
  maxAmount: 100_000,
  lowBalance: 10_000,
  requireRepaid: true,
};

/** The rules from the validated environment (whole rubles there, kopecks here). */
export function promisedPaymentRulesFrom(env: {
  PROMISED_PAYMENT_DAYS: number;
  PROMISED_PAYMENT_FEE_RUB: number;
  PROMISED_PAYMENT_MIN_RUB: number;
  PROMISED_PAYMENT_MAX_RUB: number;
  PROMISED_PAYMENT_LOW_BALANCE_RUB: number;
  PROMISED_PAYMENT_AGAIN_WHILE_OVERDUE: boolean;
}): PromisedPaymentRules {
  return {
    days: env.PROMISED_PAYMENT_DAYS,
    fee: env.PROMISED_PAYMENT_FEE_RUB * 100,
    minAmount: env.PROMISED_PAYMENT_MIN_RUB * 100,
    maxAmount: env.PROMISED_PAYMENT_MAX_RUB * 100,
    lowBalance: env.PROMISED_PAYMENT_LOW_BALANCE_RUB * 100,
    requireRepaid: !env.PROMISED_PAYMENT_AGAIN_WHILE_OVERDUE,
  };
}

export type PromisedPaymentRefusal =
  /** One is in use and not yet repaid. */
  | "ALREADY_TAKEN"
  /** The last one expired unpaid and its debt is still there. */
  | "NOT_REPAID"
  /** There is enough money for now. */
  | "BALANCE_NOT_LOW"
  /** Even the largest credit would not clear the debt, so it could not unblock the number. */
  | "DEBT_TOO_LARGE";

export type PromisedPaymentOffer =
  | { kind: "OFFER"; minAmount: number; maxAmount: number; fee: number; days: number }
  | { kind: "REFUSED"; reason: PromisedPaymentRefusal };

const wholeRubles = (kopecks: number) => Math.ceil(kopecks / 100) * 100;

/**
 * What this account may take now. The least credit clears the debt and the fee, so a blocked
 * number works again at once; the most also covers the next monthly charge, within the limit.
 */
export function promisedPaymentOffer(input: {
  balance: number;
  /** Kopecks of the next monthly charge. */
  nextCharge: number;
  open: { status: "ACTIVE" | "OVERDUE" } | null;
  rules: PromisedPaymentRules;
}): PromisedPaymentOffer {
  const { balance, nextCharge, open, rules } = input;
  if (open?.status === "ACTIVE") return { kind: "REFUSED", reason: "ALREADY_TAKEN" };
  if (open?.status === "OVERDUE" && rules.requireRepaid) return { kind: "REFUSED", reason: "NOT_REPAID" };
  if (balance >= Math.max(rules.lowBalance, nextCharge)) return { kind: "REFUSED", reason: "BALANCE_NOT_LOW" };
  const debt = Math.max(0, -balance);
  const minAmount = wholeRubles(Math.max(rules.minAmount, debt + rules.fee));
  const maxAmount = Math.min(rules.maxAmount, wholeRubles(Math.max(minAmount, debt + rules.fee + nextCharge)));
  if (minAmount > maxAmount) return { kind: "REFUSED", reason: "DEBT_TOO_LARGE" };
  return { kind: "OFFER", minAmount, maxAmount, fee: rules.fee, days: rules.days };
}
