import { describe, expect, it } from "vitest";
import { createTranslator } from "./translator";
import { formatMoney } from "./format";

describe("translator", () => {
  it("speaks Russian and English with parameters", () => {
    expect(createTranslator("ru")("account.greeting", { name: "Анна" })).toBe("Здравствуйте, Анна");
    expect(createTranslator("en")("account.greeting", { name: "Anna" })).toBe("Hello, Anna");
  });

  it("formats kopecks as roubles in each locale", () => {
    expect(formatMoney(123_450, "ru").replace(/\s/g, " ")).toBe("1 234,50 ₽");
    expect(formatMoney(-50_000, "en")).toBe("-₽500");
  });
});
