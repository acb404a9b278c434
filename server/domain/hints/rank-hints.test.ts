import { describe, expect, it } from "vitest";
import { accountConditions } from "./account-conditions";
import { rankHints } from "./rank-hints";

const hint = (
  id: string,
  over: Partial<{ pages: string[]; condition: string | null; failedAction: string | null; priority: number }> = {},
) => ({
  id,
  pages: [],
  condition: null,
  failedAction: null,
  priority: 0,
  ...over,
});

describe("accountConditions", () => {
  const facts = {
    balance: 10_000,
    status: "ACTIVE" as const,
    nextMonthlyCharge: 65_000,
    usualMonth: { minutes: 100, mb: 40_000, sms: 0 },
    allowance: { minutes: 600, mb: 25_600, sms: 300 },
    hasOptionsUnavailableOnTariff: false,
  };

  it("sees a balance below the next charge and usage far above the allowance", () => {
    expect(accountConditions(facts)).toEqual(["LOW_BALANCE", "USAGE_ABOVE_QUOTA"]);
  });

  it("sees debt and blocking", () => {
    expect(
      accountConditions({
        ...facts,
        balance: -100,
        status: "BLOCKED_FOR_DEBT",
        usualMonth: { minutes: 0, mb: 0, sms: 0 },
      }),
    ).toEqual(["NEGATIVE_BALANCE", "BLOCKED_FOR_DEBT"]);
  });

  it("does not call usage within 20% over the allowance excessive, nor an unlimited zero allowance", () => {
    expect(
      accountConditions({
        ...facts,
        balance: 100_000,
        usualMonth: { minutes: 700, mb: 30_000, sms: 5 },
        allowance: { minutes: 600, mb: 25_600, sms: 0 },
      }),
    ).toEqual([]);
  });
});

describe("rankHints", () => {
  const hints = [
    hint("general"),
    hint("tariffs-page", { pages: ["tariffs"], priority: 5 }),
    hint("low-balance", { condition: "LOW_BALANCE" }),
    hint("not-enough-money", { failedAction: "INSUFFICIENT_FUNDS", pages: ["tariffs", "options"] }),
    hint("options-only", { pages: ["options"], priority: 99 }),
    hint("blocked", { condition: "BLOCKED_FOR_DEBT" }),
  ];

  it("puts the hint about the last error first, then the account state, then the page", () => {
    const ranked = rankHints(
      hints,
      { page: "tariffs", conditions: ["LOW_BALANCE"], lastFailure: "INSUFFICIENT_FUNDS" },
      4,
    );
    expect(ranked.map((h) => h.id)).toEqual(["not-enough-money", "low-balance", "tariffs-page", "general"]);
  });

  it("leaves out hints for other pages, states and errors", () => {
    const ranked = rankHints(hints, { page: "account", conditions: [], lastFailure: null }, 10);
    expect(ranked.map((h) => h.id)).toEqual(["general"]);
  });
});
