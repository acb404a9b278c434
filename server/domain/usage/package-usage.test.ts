import { describe, expect, it } from "vitest";
import { packageParts, reachedThreshold, UNLIMITED_MB } from "./package-usage";

describe("packageParts", () => {
  it("counts what is left and the share used of each part the package has", () => {
    expect(packageParts({ minutes: 300, mb: 10_240, sms: 50 }, { minutes: 240, mb: 2_560, sms: 0 })).toEqual([
      { resource: "minutes", used: 240, allowance: 300, left: 60, percent: 80 },
      { resource: "mb", used: 2_560, allowance: 10_240, left: 7_680, percent: 25 },
      { resource: "sms", used: 0, allowance: 50, left: 50, percent: 0 },
    ]);
  });

  it("leaves out what the tariff does not include, and never shows less than nothing left", () => {
    expect(packageParts({ minutes: 0, mb: 3_072, sms: 0 }, { minutes: 12, mb: 4_000, sms: 3 })).toEqual([
      { resource: "mb", used: 4_000, allowance: 3_072, left: 0, percent: 130 },
    ]);
  });

  it("shows unlimited internet as used megabytes without a share", () => {
    expect(packageParts({ minutes: 0, mb: UNLIMITED_MB, sms: 0 }, { minutes: 0, mb: 90_000, sms: 0 })).toEqual([
      { resource: "mb", used: 90_000, allowance: null, left: null, percent: null },
    ]);
  });
});

describe("reachedThreshold", () => {
  it.each([
    [null, null],
    [0, null],
    [79, null],
    [80, 80],
    [99, 80],
    [100, 100],
    [250, 100],
  ])("%s%% → %s", (percent, threshold) => {
    expect(reachedThreshold(percent)).toBe(threshold);
  });
});
