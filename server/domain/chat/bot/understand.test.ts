import { describe, expect, it } from "vitest";
import { understand } from "./understand";

describe("the bot understands", () => {
  it.each(["Оператор!", "позовите человека", "Можно живого специалиста?", "I want a human", "соедините с сотрудником"])(
    "%s as a request for a person",
    (text) => {
      expect(understand(text)).toBe("HANDOVER");
    },
  );

  it.each(["Не помогло", "это не то", "didn't help"])("%s as an answer that did not help", (text) => {
    expect(understand(text)).toBe("NOT_HELPED");
  });

  it.each(["Спасибо!", "помогло", "thanks"])("%s as thanks", (text) => {
    expect(understand(text)).toBe("HELPED");
  });

  it("anything else as a question", () => {
    expect(understand("как подключить роуминг в Турции")).toBe("QUESTION");
    expect(understand("спасибо, а как сменить тариф?")).toBe("QUESTION");
  });
});
