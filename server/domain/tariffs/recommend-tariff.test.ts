import { describe, expect, it } from "vitest";
import { averageMonthlyUsage, recommendTariff } from "./recommend-tariff";

const tariff = (id: string, monthlyFee: number, includedMb: number, includedMinutes = 500) => ({
  id,
  monthlyFee,
  includedMb,
  includedMinutes,
  includedSms: 100,
});
const small = tariff("s", 40_000, 10_240);
const medium = tariff("m", 60_000, 30_720);
const large = tariff("l", 90_000, 51_200, 2000);

describe("averageMonthlyUsage", () => {
  it("scales the period's total to a 30-day month", () => {
    const days = Array.from({ length: 90 }, () => ({ minutes: 10, mb: 1_000, sms: 1 }));
    expect(averageMonthlyUsage(days)).toEqual({ minutes: 300, mb: 30_000, sms: 30 });
    expect(averageMonthlyUsage(days.slice(0, 15))).toEqual({ minutes: 300, mb: 30_000, sms: 30 });
    expect(averageMonthlyUsage([])).toEqual({ minutes: 0, mb: 0, sms: 0 });
  });
});

describe("recommendTariff", () => {
  it("suggests a cheaper tariff that still covers the usual month", () => {
    const usage = { minutes: 200, mb: 28_000, sms: 10 };
    expect(recommendTariff(usage, large, [small, medium, large])).toEqual({
      kind: "CHEAPER",
      tariffId: "m",
      savingPerMonth: 30_000,
    });
  });

  it("suggests a bigger tariff when the current one does not cover the usage", () => {
    const usage = { minutes: 200, mb: 28_000, sms: 10 };
    expect(recommendTariff(usage, small, [small, medium, large])).toEqual({
      kind: "COVERS_USAGE",
      tariffId: "m",
      extraPerMonth: 20_000,
    });
  });

  it("stays silent when the current tariff is already the best fit or nothing fits", () => {
    expect(recommendTariff({ minutes: 100, mb: 5_000, sms: 0 }, small, [small, medium, large])).toBeNull();
    expect(recommendTariff({ minutes: 9_999, mb: 5_000, sms: 0 }, small, [small, medium, large])).toBeNull();
  });
});
