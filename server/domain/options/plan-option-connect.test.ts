import { describe, expect, it } from "vitest";
import { planOptionConnect } from "./plan-option-connect";

const april16 = new Date("2026-04-16T09:00:00Z"); // 15 of 30 days left
const option = {
  id: "o-20gb",
  code: "20gb",
  exclusiveGroup: "internet-pack",
  compatibleTariffIds: [],
  isArchived: false,
  connectionFee: 5_000,
  monthlyFee: 30_000,
};
const base = {
  option,
  tariffId: "t-m",
  includedOptionIds: [],
  active: [],
  balance: 100_000,
  replace: false,
  now: april16,
};

describe("planOptionConnect", () => {
  it("charges the connection fee plus the month's fee for the days left", () => {
    expect(planOptionConnect(base)).toMatchObject({
      connectionFee: 5_000,
      proratedMonthlyFee: 15_000,
      chargeToday: 20_000,
      balanceAfter: 80_000,
      refusal: null,
    });
  });

  it("offers to replace an active option of the same exclusive group, and connects once agreed", () => {
    const fiveGb = {
      id: "o-5gb",
      code: "5gb",
      exclusiveGroup: "internet-pack",
      compatibleTariffIds: [],
      isArchived: false,
    };
    const other = { id: "o-music", code: "music", exclusiveGroup: null, compatibleTariffIds: [], isArchived: false };
    expect(planOptionConnect({ ...base, active: [fiveGb, other] })).toMatchObject({
      refusal: "OPTION_CONFLICT",
      replaces: ["o-5gb"],
    });
    expect(planOptionConnect({ ...base, active: [fiveGb, other], replace: true })).toMatchObject({
      refusal: null,
      replaces: ["o-5gb"],
    });
  });

  it("refuses options that need another tariff", () => {
    const homeOnly = { ...option, exclusiveGroup: null, compatibleTariffIds: ["t-home"] };
    expect(planOptionConnect({ ...base, option: homeOnly }).refusal).toBe("OPTION_INCOMPATIBLE");
    expect(planOptionConnect({ ...base, option: homeOnly, tariffId: "t-home" }).refusal).toBeNull();
  });

  it("refuses what is already on, also when the tariff includes it", () => {
    expect(planOptionConnect({ ...base, includedOptionIds: ["o-20gb"] }).refusal).toBe("OPTION_ALREADY_ACTIVE");
    expect(planOptionConnect({ ...base, active: [option] }).refusal).toBe("OPTION_ALREADY_ACTIVE");
  });

  it("refuses archived options and a balance below today's charge", () => {
    expect(planOptionConnect({ ...base, option: { ...option, isArchived: true } }).refusal).toBe("OPTION_UNAVAILABLE");
    expect(planOptionConnect({ ...base, balance: 19_999 }).refusal).toBe("INSUFFICIENT_FUNDS");
    expect(planOptionConnect({ ...base, balance: 20_000 }).refusal).toBeNull();
  });
});
