import { describe, expect, it } from "vitest";
import { parseRubles, topUpAmountProblem } from "./top-up-amount";

describe("top-up amount", () => {
  it("accepts 10 ₽ to 50 000 ₽ in whole kopecks", () => {
    expect(topUpAmountProblem(1_000)).toBeNull();
    expect(topUpAmountProblem(5_000_000)).toBeNull();
    expect(topUpAmountProblem(999)).toBe("TOO_SMALL");
    expect(topUpAmountProblem(0)).toBe("TOO_SMALL");
    expect(topUpAmountProblem(-50_000)).toBe("TOO_SMALL");
    expect(topUpAmountProblem(5_000_001)).toBe("TOO_LARGE");
    expect(topUpAmountProblem(1_000.5)).toBe("NOT_KOPECKS");
    expect(topUpAmountProblem(Number.NaN)).toBe("NOT_KOPECKS");
  });

  it("reads roubles as people type them, exactly", () => {
    expect(parseRubles("500")).toEqual({ kopecks: 50_000 });
    expect(parseRubles(" 1 000,5 ")).toEqual({ kopecks: 100_050 });
    expect(parseRubles("13.13 ₽")).toEqual({ kopecks: 1_313 });
    expect(parseRubles("0.29")).toEqual({ kopecks: 29 }); // 0.29 * 100 is 28.999… in floating point
    expect(parseRubles("1\u00a0234 руб.")).toEqual({ kopecks: 123_400 });
    expect(parseRubles("300,")).toEqual({ kopecks: 30_000 });
  });

  it("names what is wrong with the text", () => {
    expect(parseRubles("   ")).toEqual({ problem: "EMPTY" });
    expect(parseRubles("abc")).toEqual({ problem: "NOT_A_NUMBER" });
    expect(parseRubles("-500")).toEqual({ problem: "NOT_A_NUMBER" });
    expect(parseRubles("1e3")).toEqual({ problem: "NOT_A_NUMBER" });
    expect(parseRubles("10,555")).toEqual({ problem: "TOO_PRECISE" });
  });
});
