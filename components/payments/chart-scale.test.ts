import { describe, expect, it } from "vitest";
import { niceScale, stackSegments } from "./chart-scale";

describe("spending chart scale", () => {
  it("rounds the axis up to a nice number with even ticks", () => {
    expect(niceScale(53_000)).toEqual({ max: 60_000, ticks: [0, 20_000, 40_000, 60_000] });
    expect(niceScale(100_000)).toEqual({ max: 100_000, ticks: [0, 25_000, 50_000, 75_000, 100_000] });
    expect(niceScale(123_456)).toEqual({ max: 150_000, ticks: [0, 50_000, 100_000, 150_000] });
  });

  it("never ticks in fractions of a rouble", () => {
    expect(niceScale(150)).toEqual({ max: 200, ticks: [0, 100, 200] });
  });

  it("has a flat axis when nothing was spent", () => {
    expect(niceScale(0)).toEqual({ max: 0, ticks: [0] });
    expect(stackSegments({ CALLS: 0 }, ["CALLS"], niceScale(0), { top: 0, height: 100 })).toEqual([]);
  });

  it("stacks categories from the bottom in order, heights proportional to the axis", () => {
    const scale = niceScale(53_000); // max 60 000
    const segments = stackSegments({ CALLS: 3_000, TARIFF_FEE: 50_000 }, ["TARIFF_FEE", "OPTION_FEE", "CALLS"], scale, {
      top: 10,
      height: 120,
    });
    expect(segments).toEqual([
      { category: "TARIFF_FEE", value: 50_000, y: 30, height: 100 },
      { category: "CALLS", value: 3_000, y: 24, height: 6 },
    ]);
  });
});
