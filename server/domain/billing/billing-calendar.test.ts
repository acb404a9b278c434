import { describe, expect, it } from "vitest";
import { billingDay, daysLeftInMonth, nextMonthlyChargeDate, proratedFee } from "./billing-calendar";

describe("billing calendar (Moscow time)", () => {
  it("reads the day in Moscow, not in UTC", () => {
    // 22:30 UTC on 31 Jan is already 1 Feb in Moscow.
    expect(billingDay(new Date("2026-01-31T22:30:00Z"))).toEqual({ year: 2026, month: 2, day: 1, daysInMonth: 28 });
  });

  it("counts today among the days left", () => {
    expect(daysLeftInMonth(new Date("2026-04-01T09:00:00Z"))).toBe(30);
    expect(daysLeftInMonth(new Date("2026-04-30T09:00:00Z"))).toBe(1);
    expect(daysLeftInMonth(new Date("2028-02-15T09:00:00Z"))).toBe(15); // leap year: 29 days
  });

  it("prorates a monthly fee to the kopeck", () => {
    expect(proratedFee(60_000, new Date("2026-04-01T09:00:00Z"))).toBe(60_000);
    expect(proratedFee(60_000, new Date("2026-04-16T09:00:00Z"))).toBe(30_000);
    expect(proratedFee(50_000, new Date("2026-01-31T09:00:00Z"))).toBe(1_613); // 500 ₽ × 1/31
    expect(proratedFee(0, new Date("2026-01-10T09:00:00Z"))).toBe(0);
  });

  it("charges the next full month at Moscow midnight on the 1st", () => {
    expect(nextMonthlyChargeDate(new Date("2026-12-20T12:00:00Z")).toISOString()).toBe("2026-12-31T21:00:00.000Z");
    expect(nextMonthlyChargeDate(new Date("2026-01-31T22:30:00Z")).toISOString()).toBe("2026-02-28T21:00:00.000Z");
  });
});
