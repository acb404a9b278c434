import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/errors";
import {
  daysInRange,
  metricsDaysOf,
  metricsPeriodInput,
  metricsPeriodProblem,
  metricsRange,
  moscowDayOf,
} from "./metrics-range";

// 02:30 on 20 April in Moscow, still 19 April in UTC.
const now = new Date("2026-04-19T23:30:00Z");
const options = { slaSeconds: 60, now };

describe("metrics period", () => {
  it("turns Moscow days into a half-open UTC range, the last day included", () => {
    expect(metricsRange({ from: "2026-04-01", to: "2026-04-30" }, options)).toEqual({
      from: new Date("2026-03-31T21:00:00Z"),
      to: new Date("2026-04-30T21:00:00Z"),
      slaSeconds: 60,
      now,
    });
  });

  it("defaults to the 30 days ending today in Moscow", () => {
    const range = metricsRange({}, options);
    expect(metricsDaysOf(range)).toEqual({ from: "2026-03-22", to: "2026-04-20" });
    expect(daysInRange(range)).toHaveLength(30);
    expect(metricsDaysOf(metricsRange({ to: "2026-03-01" }, options))).toEqual({
      from: "2026-01-31",
      to: "2026-03-01",
    });
    expect(metricsDaysOf(metricsRange({ from: "2026-04-19" }, options))).toEqual({
      from: "2026-04-19",
      to: "2026-04-20",
    });
    expect(moscowDayOf(now)).toBe("2026-04-20");
  });

  it("refuses dates that are not real days", () => {
    expect(metricsPeriodProblem({ from: "2026-02-29" }, now)).toEqual({ field: "from", problem: "DATE" });
    expect(metricsPeriodProblem({ to: "20.04.2026" }, now)).toEqual({ field: "to", problem: "DATE" });
    expect(metricsPeriodProblem({ from: "" }, now)).toEqual({ field: "from", problem: "DATE" });
  });

  it("refuses a period that runs backwards", () => {
    expect(metricsPeriodProblem({ from: "2026-04-02", to: "2026-04-01" }, now)).toEqual({
      field: "to",
      problem: "ORDER",
    });
    expect(metricsPeriodProblem({ from: "2026-05-01" }, now)).toEqual({ field: "from", problem: "ORDER" });
    expect(metricsPeriodProblem({ from: "2026-04-01", to: "2026-04-01" }, now)).toBeNull();
  });

  it("allows at most 366 days", () => {
    expect(metricsPeriodProblem({ from: "2024-01-01", to: "2024-12-31" }, now)).toBeNull(); // a leap year, 366 days
    expect(metricsPeriodProblem({ from: "2025-01-01", to: "2026-01-02" }, now)).toEqual({
      field: "from",
      problem: "TOO_LONG",
    }); // 367
    expect(metricsPeriodProblem({ to: "2026-04-20", from: "2025-04-19" }, now)).toEqual({
      field: "from",
      problem: "TOO_LONG",
    });
  });

  it("throws INVALID_INPUT with the field and the problem", () => {
    const thrown = (() => {
      try {
        metricsRange({ from: "2026-04-02", to: "2026-04-01" }, options);
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: "INVALID_INPUT", details: { field: "to", problem: "ORDER" } });
  });

  it("validates the API input with the same rules", () => {
    expect(metricsPeriodInput.safeParse({ from: "2026-04-01", to: "2026-04-30" }).success).toBe(true);
    expect(metricsPeriodInput.safeParse({}).success).toBe(true);
    const bad = metricsPeriodInput.safeParse({ from: "2026-04-30", to: "2026-04-01" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues).toEqual([expect.objectContaining({ path: ["to"], message: "ORDER" })]);
    expect(metricsPeriodInput.safeParse({ from: "2026-04-01T00:00:00Z" }).success).toBe(false);
  });
});
