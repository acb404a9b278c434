import { describe, expect, it } from "vitest";
import { checkDraft, EMPTY_DRAFT, languageToShow } from "./article-draft";

const filled = {
  slug: "esim",
  category: "equipment" as const,
  title: "eSIM",
  titleEn: "eSIM",
  body: "Текст",
  bodyEn: "Text",
  isPublished: true,
};

describe("help article draft", () => {
  it("names every bad field in form order", () => {
    expect(checkDraft(filled)).toEqual([]);
    expect(checkDraft(EMPTY_DRAFT)).toEqual(["slug", "category", "title", "titleEn", "body", "bodyEn"]);
    expect(checkDraft({ ...filled, slug: "Bad Slug" })).toEqual(["slug"]);
    expect(checkDraft({ ...filled, slug: "double--hyphen" })).toEqual(["slug"]);
    expect(checkDraft({ ...filled, bodyEn: "   " })).toEqual(["bodyEn"]);
  });

  it("shows the language that holds a bad field, staying on the current one when it holds one too", () => {
    expect(languageToShow(["bodyEn"], "ru")).toBe("en");
    expect(languageToShow(["title", "bodyEn"], "en")).toBe("en");
    expect(languageToShow(["slug"], "en")).toBe("en");
    expect(languageToShow(["title"], "en")).toBe("ru");
  });
});
