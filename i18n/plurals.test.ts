import { describe, expect, it } from "vitest";
import { createTranslator } from "./translator";

const ru = createTranslator("ru");
const en = createTranslator("en");
const counts = [1, 2, 5, 11, 21, 22, 25] as const;

// Russian chooses among one (1, 21), few (2, 22) and many (5, 11, 25): each count shown is checked in all three.
describe("Russian plurals wherever a count is shown", () => {
  it("answers to the recommendation question", () => {
    expect(counts.map((count) => ru("metrics.npsOf", { count }))).toEqual([
      "1 ответ",
      "2 ответа",
      "5 ответов",
      "11 ответов",
      "21 ответ",
      "22 ответа",
      "25 ответов",
    ]);
  });

  it("ratings", () => {
    expect(counts.map((rated) => ru("metrics.ratedOf", { rated, average: "4,5" }))).toEqual([
      "1 оценка, средняя 4,5",
      "2 оценки, средняя 4,5",
      "5 оценок, средняя 4,5",
      "11 оценок, средняя 4,5",
      "21 оценка, средняя 4,5",
      "22 оценки, средняя 4,5",
      "25 оценок, средняя 4,5",
    ]);
  });

  it("sessions after «из» (genitive)", () => {
    expect(counts.map((sessions) => ru("metrics.containmentNote", { contained: 0, sessions }))).toEqual([
      "0 из 1 сессии без оператора",
      "0 из 2 сессий без оператора",
      "0 из 5 сессий без оператора",
      "0 из 11 сессий без оператора",
      "0 из 21 сессии без оператора",
      "0 из 22 сессий без оператора",
      "0 из 25 сессий без оператора",
    ]);
  });

  it("new messages in the chat launcher", () => {
    expect(counts.map((count) => ru("chat.unread", { count }))).toEqual([
      "1 новое",
      "2 новых",
      "5 новых",
      "11 новых",
      "21 новое",
      "22 новых",
      "25 новых",
    ]);
  });

  it("days of the sales window and characters of a limit", () => {
    expect(counts.map((days) => ru("bannerFunnel.conversionNote", { days }).match(/в течение (\d+ \S+)/)?.[1])).toEqual(
      ["1 дня", "2 дней", "5 дней", "11 дней", "21 дня", "22 дней", "25 дней"],
    );
    expect(counts.map((max) => ru("banners.field.lengthHint", { max }))).toEqual([
      "До 1 символа.",
      "До 2 символов.",
      "До 5 символов.",
      "До 11 символов.",
      "До 21 символа.",
      "До 22 символов.",
      "До 25 символов.",
    ]);
  });
});

describe("Russian plurals in the ledger", () => {
  it("days of a prorated fee", () => {
    expect(counts.map((days) => ru("ledger.TARIFF_FEE_PRORATED", { tariff: "Смарт", days }).split(" за ")[1])).toEqual([
      "1 день",
      "2 дня",
      "5 дней",
      "11 дней",
      "21 день",
      "22 дня",
      "25 дней",
    ]);
  });
});

describe("English plurals", () => {
  it("one and other", () => {
    expect([1, 2, 21].map((count) => en("metrics.npsOf", { count }))).toEqual(["1 answer", "2 answers", "21 answers"]);
    expect([1, 5].map((days) => en("bannerFunnel.conversionNote", { days }).match(/within (\d+ \S+)/)?.[1])).toEqual([
      "1 day",
      "5 days",
    ]);
  });
});

describe("formatting in the reader's locale", () => {
  it("numbers inside messages follow the locale", () => {
    expect(ru("metrics.npsOf", { count: 1500 }).replace(/\s/g, " ")).toBe("1 500 ответов");
    expect(en("metrics.npsOf", { count: 1500 })).toBe("1,500 answers");
  });
});
