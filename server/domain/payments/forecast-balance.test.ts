import { describe, expect, it } from "vitest";
import { forecastBalance } from "./forecast-balance";

const now = new Date("2026-04-20T09:00:00Z");

describe("balance forecast", () => {
  it("divides the balance by the average daily spending of 30 days", () => {
    // 900 ₽ in 30 days = 30 ₽ a day; 850 ₽ covers 28 whole days.
    expect(forecastBalance({ balance: 85_000, spentInWindow: 90_000, now })).toEqual({
      kind: "UNTIL",
      dailySpend: 3_000,
      days: 28,
      until: new Date("2026-05-18T09:00:00Z"),
    });
  });

  it("gives today when the balance does not cover a day", () => {
    expect(forecastBalance({ balance: 2_000, spentInWindow: 90_000, now })).toMatchObject({
      kind: "UNTIL",
      days: 0,
      until: now,
    });
  });

  it("says the money is gone at zero or below, whatever the spending", () => {
    expect(forecastBalance({ balance: 0, spentInWindow: 90_000, now })).toEqual({ kind: "EXHAUSTED" });
    expect(forecastBalance({ balance: -100, spentInWindow: 0, now })).toEqual({ kind: "EXHAUSTED" });
  });

  it("gives no forecast without spending", () => {
    expect(forecastBalance({ balance: 10_000, spentInWindow: 0, now })).toEqual({ kind: "NO_SPENDING" });
    expect(forecastBalance({ balance: 10_000, spentInWindow: -500, now })).toEqual({ kind: "NO_SPENDING" });
  });

  it("does not promise a date more than a year ahead", () => {
    expect(forecastBalance({ balance: 5_000_000, spentInWindow: 3_000, now })).toEqual({
      kind: "OVER_A_YEAR",
      dailySpend: 100,
    });
    expect(forecastBalance({ balance: 36_500, spentInWindow: 3_000, now })).toMatchObject({ kind: "UNTIL", days: 365 });
  });

  it("never shows a daily spend of zero kopecks", () => {
    expect(forecastBalance({ balance: 100, spentInWindow: 1, now })).toMatchObject({ dailySpend: 1 });
  });
});
