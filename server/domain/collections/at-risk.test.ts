import { describe, expect, it } from "vitest";
import { assessRisk, type RiskInput } from "./at-risk";

const DAY_MS = 86_400_000;
const now = new Date("2026-12-20T09:00:00Z");
const charge = { at: new Date(now.getTime() + 10 * DAY_MS), amount: 50_000 };
const base: RiskInput = { balance: 100_000, usageInWindow: 0, now, nextCharge: charge, promised: null };

describe("assessRisk", () => {
  it("leaves alone a balance that covers usage and the next charge", () => {
    expect(assessRisk(base)).toBeNull();
    expect(assessRisk({ ...base, balance: 50_000 })).toBeNull();
  });

  it("is short by the charge minus the balance, dated on the charge when usage alone does not empty it", () => {
    expect(assessRisk({ ...base, balance: 20_000 })).toEqual({
      reason: "NEGATIVE_BEFORE_CHARGE",
      forecastAt: charge.at,
      amountAtRisk: 30_000,
    });
  });

  it("counts usage at the window's daily rate and dates the day the balance runs out", () => {
    // 300 ₽ over 30 days: 10 ₽ a day; 50 ₽ lasts 5 days, then 50 ₽ more usage and the 500 ₽ charge.
    const risk = assessRisk({ ...base, balance: 5_000, usageInWindow: 30_000 });
    expect(risk).toEqual({
      reason: "NEGATIVE_BEFORE_CHARGE",
      forecastAt: new Date(now.getTime() + 5 * DAY_MS),
      amountAtRisk: 55_000,
    });
  });

  it("dates a balance already at zero or below today", () => {
    expect(assessRisk({ ...base, balance: -1_000 })?.forecastAt).toEqual(now);
  });

  it("puts a promised payment whose write-off leaves a debt within 7 days first, dated on its end", () => {
    const dueAt = new Date(now.getTime() + 3 * DAY_MS);
    const risk = assessRisk({ ...base, balance: 15_000, promised: { left: 20_000, dueAt } });
    expect(risk).toEqual({ reason: "BLOCK_SOON", forecastAt: dueAt, amountAtRisk: 5_000 });
  });

  it("does not call it a block when the promised payment ends later than 7 days or is covered", () => {
    const later = { left: 20_000, dueAt: new Date(now.getTime() + 8 * DAY_MS) };
    expect(assessRisk({ ...base, balance: 15_000, promised: later })?.reason).toBe("NEGATIVE_BEFORE_CHARGE");
    const covered = { left: 20_000, dueAt: new Date(now.getTime() + 3 * DAY_MS) };
    expect(assessRisk({ ...base, balance: 80_000, promised: covered })).toBeNull();
  });
});
