import { describe, expect, it } from "vitest";
import { planTariffChange } from "./plan-tariff-change";

const april16 = new Date("2026-04-16T09:00:00Z"); // 15 of 30 days left
const target = { id: "t-l", monthlyFee: 90_000, isArchived: false, includedOptionIds: ["o-messengers"] };
const opt = (id: string, compatibleTariffIds: string[] = []) => ({
  id,
  code: id,
  exclusiveGroup: null,
  compatibleTariffIds,
  isArchived: false,
});

describe("planTariffChange", () => {
  it("charges the new fee for the days left and names the next full charge", () => {
    const plan = planTariffChange({
      currentTariffId: "t-s",
      target,
      activeOptions: [],
      balance: 100_000,
      now: april16,
    });
    expect(plan).toMatchObject({ chargeToday: 45_000, balanceAfter: 55_000, nextMonthlyFee: 90_000, refusal: null });
    expect(plan.nextChargeAt.toISOString()).toBe("2026-04-30T21:00:00.000Z");
  });

  it("switches off options the new tariff does not allow or already includes", () => {
    const plan = planTariffChange({
      currentTariffId: "t-s",
      target,
      activeOptions: [
        opt("o-messengers"),
        opt("o-static-ip", ["t-home"]),
        opt("o-music"),
        opt("o-roaming", ["t-l", "t-s"]),
      ],
      balance: 100_000,
      now: april16,
    });
    expect(plan.switchedOff).toEqual([
      { optionId: "o-messengers", reason: "INCLUDED_IN_TARIFF" },
      { optionId: "o-static-ip", reason: "INCOMPATIBLE" },
    ]);
  });

  it("refuses the same tariff, an archived one, and a balance below today's charge", () => {
    const args = { currentTariffId: "t-s", activeOptions: [], balance: 100_000, now: april16 };
    expect(planTariffChange({ ...args, target: { ...target, id: "t-s" } }).refusal).toBe("SAME_TARIFF");
    expect(planTariffChange({ ...args, target: { ...target, isArchived: true } }).refusal).toBe("TARIFF_ARCHIVED");
    expect(planTariffChange({ ...args, balance: 44_999, target }).refusal).toBe("INSUFFICIENT_FUNDS");
    expect(planTariffChange({ ...args, balance: 45_000, target }).refusal).toBeNull();
  });
});
