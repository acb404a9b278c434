import { describe, expect, it } from "vitest";
import { fillPlaceholders } from "./fill-placeholders";

const subscriber = { name: "Анна", tariff: "Базовый", balance: "1 250 ₽" };
const visitor = { name: null, tariff: null, balance: null };

describe("canned reply placeholders", () => {
  it("fills the subscriber's first name, tariff and balance in either spelling", () => {
    expect(fillPlaceholders("Здравствуйте, {имя}! Ваш тариф — {тариф}, баланс {баланс}.", subscriber)).toBe(
      "Здравствуйте, Анна! Ваш тариф — Базовый, баланс 1 250 ₽.",
    );
    expect(fillPlaceholders("Hello, {Name}! Your tariff is {tariff}; balance {balance}.", subscriber)).toBe(
      "Hello, Анна! Your tariff is Базовый; balance 1 250 ₽.",
    );
  });

  it("leaves a missing name out with its comma, and a missing tariff or balance with its sentence", () => {
    expect(fillPlaceholders("Здравствуйте, {имя}! Чем помочь?", visitor)).toBe("Здравствуйте! Чем помочь?");
    expect(fillPlaceholders("{имя}, добрый день. Ваш баланс {баланс}. Чем помочь?", visitor)).toBe(
      "Добрый день. Чем помочь?",
    );
    expect(fillPlaceholders("Спасибо, {имя}, за ожидание", visitor)).toBe("Спасибо за ожидание");
  });

  it("keeps unknown braces and the editor's own lower case as typed", () => {
    expect(fillPlaceholders("Код {код}, т.е. проверка.", visitor)).toBe("Код {код}, т.е. проверка.");
  });
});
