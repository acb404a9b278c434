import { describe, expect, it } from "vitest";
import { MAX_TOP_UP, MIN_TOP_UP } from "@/server/domain/payments/top-up-amount";
import { autopayProblem } from "./autopay-rules";

const rule = (threshold: number | null, topUpAmount: number | null, monthlyCharge = false) =>
  autopayProblem({ threshold, topUpAmount, monthlyCharge });

describe("autopay rules", () => {
  it("accepts a top-up at least as big as its threshold, the monthly rule alone, or both", () => {
    expect(rule(10_000, 30_000)).toBeNull();
    expect(rule(30_000, 30_000)).toBeNull();
    expect(rule(0, MIN_TOP_UP)).toBeNull();
    expect(rule(null, null, true)).toBeNull();
    expect(rule(10_000, 30_000, true)).toBeNull();
  });

  it("refuses a top-up below its threshold: the balance would stay below it", () => {
    expect(rule(50_000, 30_000)).toEqual({ field: "topUpAmount", problem: "BELOW_THRESHOLD" });
  });

  it("refuses absurd, negative and half-given amounts, and a choice of nothing", () => {
    expect(rule(10_000, MAX_TOP_UP + 1)).toEqual({ field: "topUpAmount", problem: "TOO_LARGE" });
    expect(rule(0, MIN_TOP_UP - 1)).toEqual({ field: "topUpAmount", problem: "TOO_SMALL" });
    expect(rule(-100, 30_000)).toEqual({ field: "threshold", problem: "NEGATIVE" });
    expect(rule(MAX_TOP_UP + 1, MAX_TOP_UP)).toEqual({ field: "threshold", problem: "TOO_LARGE" });
    expect(rule(10.5, 30_000)).toEqual({ field: "threshold", problem: "NOT_KOPECKS" });
    expect(rule(10_000, null)).toEqual({ field: "topUpAmount", problem: "MISSING" });
    expect(rule(null, 30_000)).toEqual({ field: "threshold", problem: "MISSING" });
    expect(rule(null, null)).toEqual({ field: "rules", problem: "NOTHING_CHOSEN" });
  });
});
