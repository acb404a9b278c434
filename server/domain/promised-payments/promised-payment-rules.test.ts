import { describe, expect, it } from "vitest";
import {
  DEFAULT_PROMISED_PAYMENT_RULES as rules,
  promisedPaymentOffer,
  promisedPaymentRulesFrom,
} from "./promised-payment-rules";

const offer = (balance: number, open: { status: "ACTIVE" | "OVERDUE" } | null = null, nextCharge = 45_000) =>
  promisedPaymentOffer({ balance, nextCharge, open, rules });

describe("promised payment offer", () => {
  it("offers at least the debt and the fee, at most that plus the next monthly charge", () => {
    // 120 ₽ of debt + 25 ₽ fee; + 450 ₽ charge on the 1st.
    expect(offer(-12_000)).toEqual({ kind: "OFFER", minAmount: 14_500, maxAmount: 59_500, fee: 2_500, days: 3 });
  });

  it("rounds to whole rubles and never offers less than the minimum", () => {
    expect(offer(-1_050)).toMatchObject({ minAmount: 5_000, maxAmount: 48_600 });
    expect(offer(3_000, null, 0)).toMatchObject({ minAmount: 5_000, maxAmount: 5_000 });
  });

  it("caps the credit at the limit, and refuses when even the limit would not clear the debt", () => {
    expect(offer(-50_000, null, 90_000)).toMatchObject({ minAmount: 52_500, maxAmount: 100_000 });
    expect(offer(-97_600)).toEqual({ kind: "REFUSED", reason: "DEBT_TOO_LARGE" });
  });

  it("is for a low balance only: below the threshold or below the next charge", () => {
    expect(offer(45_000)).toEqual({ kind: "REFUSED", reason: "BALANCE_NOT_LOW" });
    expect(offer(44_999).kind).toBe("OFFER");
    expect(offer(9_999, null, 0).kind).toBe("OFFER");
    expect(offer(10_000, null, 0)).toEqual({ kind: "REFUSED", reason: "BALANCE_NOT_LOW" });
  });

  it("allows one at a time, and none while an expired one's debt is unpaid unless configured", () => {
    expect(offer(-100, { status: "ACTIVE" })).toEqual({ kind: "REFUSED", reason: "ALREADY_TAKEN" });
    expect(offer(-100, { status: "OVERDUE" })).toEqual({ kind: "REFUSED", reason: "NOT_REPAID" });
    const lenient = { ...rules, requireRepaid: false };
    expect(
      promisedPaymentOffer({ balance: -100, nextCharge: 0, open: { status: "OVERDUE" }, rules: lenient }).kind,
    ).toBe("OFFER");
  });

  it("reads the environment's rubles as kopecks", () => {
    expect(
      promisedPaymentRulesFrom({
        PROMISED_PAYMENT_DAYS: 5,
        PROMISED_PAYMENT_FEE_RUB: 10,
        PROMISED_PAYMENT_MIN_RUB: 30,
        PROMISED_PAYMENT_MAX_RUB: 700,
        PROMISED_PAYMENT_LOW_BALANCE_RUB: 0,
        PROMISED_PAYMENT_AGAIN_WHILE_OVERDUE: true,
      }),
    ).toEqual({ days: 5, fee: 1_000, minAmount: 3_000, maxAmount: 70_000, lowBalance: 0, requireRepaid: false });
  });
});
