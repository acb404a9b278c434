import { describe, expect, it } from "vitest";
import { monthlyCharge } from "./monthly-charge";

describe("monthlyCharge", () => {
  it("adds paid options to the tariff fee and skips those the tariff includes", () => {
    const charge = monthlyCharge({
      tariffFee: 65_000,
      includedOptionIds: ["messengers"],
      activeOptions: [
        { optionId: "messengers", monthlyFee: 9_900 },
        { optionId: "who-called", monthlyFee: 4_900 },
      ],
    });
    expect(charge).toEqual({ tariffFee: 65_000, optionsFee: 4_900, amount: 69_900 });
  });
});
