import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { parseHeadline, HIGHLIGHT_START, HIGHLIGHT_STOP } from "@/server/domain/help/snippet";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { HighlightedText } from "./highlighted-text";

describe("help search snippets", () => {
  it("render an article title or body full of markup as text, with only our own <mark>", () => {
    for (const payload of XSS_PAYLOADS) {
      // As PostgreSQL's ts_headline returns it: the match wrapped in our markers, the rest untouched.
      const headline = `Роуминг ${HIGHLIGHT_START}${payload}${HIGHLIGHT_STOP} за границей ${payload}`;
      const html = renderToStaticMarkup(<HighlightedText segments={parseHeadline(headline)} />);
      expect([payload, activeMarkup(html)]).toEqual([payload, null]);
      expect(html).toContain(
        `<mark class="rounded-sm bg-warning-soft px-0.5 text-inherit">${asHtmlText(payload)}</mark>`,
      );
    }
  });
});
