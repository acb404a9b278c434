import { describe, expect, it } from "vitest";
import { HIGHLIGHT_START as S, HIGHLIGHT_STOP as E, leadSnippet, parseHeadline } from "./snippet";

describe("parseHeadline", () => {
  it("splits marked matches into highlighted segments", () => {
    expect(parseHeadline(`Связь в ${S}роуминге${E} за границей`)).toEqual([
      { text: "Связь в ", highlighted: false },
      { text: "роуминге", highlighted: true },
      { text: " за границей", highlighted: false },
    ]);
  });

  it("handles a match at the start and at the end", () => {
    expect(parseHeadline(`${S}Тариф${E} и ${S}тарифы${E}`)).toEqual([
      { text: "Тариф", highlighted: true },
      { text: " и ", highlighted: false },
      { text: "тарифы", highlighted: true },
    ]);
  });

  it("merges adjacent matches and drops empty ones", () => {
    expect(parseHeadline(`a ${S}b${E}${S}c${E}${S}${E} d`)).toEqual([
      { text: "a ", highlighted: false },
      { text: "bc", highlighted: true },
      { text: " d", highlighted: false },
    ]);
  });

  it("collapses paragraph breaks and whitespace", () => {
    expect(parseHeadline(`  one\n\ntwo   ${S}three${E}\n`)).toEqual([
      { text: "one two ", highlighted: false },
      { text: "three", highlighted: true },
    ]);
  });

  it("keeps HTML-looking text as text", () => {
    const segments = parseHeadline(`<script>alert(1)</script> ${S}<b>${E}`);
    expect(segments).toEqual([
      { text: "<script>alert(1)</script> ", highlighted: false },
      { text: "<b>", highlighted: true },
    ]);
  });

  it("tolerates stray and unbalanced markers", () => {
    expect(parseHeadline(`x${E}y ${S}z`)).toEqual([
      { text: "xy ", highlighted: false },
      { text: "z", highlighted: true },
    ]);
    expect(parseHeadline("")).toEqual([]);
    expect(parseHeadline(`${S}${E}`)).toEqual([]);
  });
});

describe("leadSnippet", () => {
  it("keeps short text whole", () => {
    expect(leadSnippet("Короткий\n\nтекст")).toEqual([{ text: "Короткий текст", highlighted: false }]);
  });

  it("cuts long text at a word and adds an ellipsis", () => {
    const [segment] = leadSnippet("слово ".repeat(50), 30);
    expect(segment?.text).toBe("слово слово слово слово слово…");
    expect(segment?.text.length).toBeLessThanOrEqual(31);
  });
});
