import { describe, expect, it } from "vitest";
import { ledgerPeriod, moscowDayStart, periodProblem } from "./ledger-period";

const now = new Date("2026-04-20T09:00:00Z");

describe("ledger period", () => {
  it("turns Moscow calendar days into UTC bounds, the last day included", () => {
    expect(moscowDayStart("2026-04-01")).toEqual(new Date("2026-03-31T21:00:00Z"));
    expect(ledgerPeriod("2026-04-01", "2026-04-30", now)).toEqual({
      gte: new Date("2026-03-31T21:00:00Z"),
      lt: new Date("2026-04-30T21:00:00Z"),
    });
    expect(ledgerPeriod(undefined, undefined, now)).toEqual({ gte: undefined, lt: undefined });
  });

  it("refuses dates that do not exist", () => {
    expect(moscowDayStart("2026-02-29")).toBeNull();
    expect(moscowDayStart("2028-02-29")).not.toBeNull();
    expect(periodProblem("2026-13-01", undefined, now)).toEqual({ field: "from", problem: "DATE" });
    expect(periodProblem(undefined, "26-04-01", now)).toEqual({ field: "to", problem: "DATE" });
  });

  it("refuses a period that runs backwards, is absurd, or is longer than a year", () => {
    expect(periodProblem("2026-04-02", "2026-04-01", now)).toEqual({ field: "to", problem: "ORDER" });
    expect(periodProblem("1999-12-31", undefined, now)).toEqual({ field: "from", problem: "OUT_OF_RANGE" });
    expect(periodProblem(undefined, "2099-01-01", now)).toEqual({ field: "to", problem: "OUT_OF_RANGE" });
    expect(periodProblem("2025-04-19", "2026-04-20", now)).toEqual({ field: "to", problem: "TOO_LONG" });
    expect(periodProblem("2025-04-20", "2026-04-20", now)).toBeNull();
    expect(periodProblem("2024-02-29", "2025-03-01", now)).toBeNull();
    expect(periodProblem("2024-02-29", "2025-03-02", now)).toEqual({ field: "to", problem: "TOO_LONG" });
    expect(periodProblem("2026-04-20", "2026-04-20", now)).toBeNull();
  });

  it("throws INVALID_INPUT with the field and the reason", () => {
    expect(() => ledgerPeriod("2026-04-02", "2026-04-01", now)).toThrowError(
      expect.objectContaining({ code: "INVALID_INPUT", details: { field: "to", problem: "ORDER" } }),
    );
  });
});
