import { describe, expect, it } from "vitest";
import { activeMarkup, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { renderMarkdown } from "./render-markdown";

describe("the help-article Markdown renderer", () => {
  it("renders headings, lists, emphasis and links", () => {
    const html = renderMarkdown(
      "## Роуминг\n\n- **быстро**\n- [тарифы](/account/tariffs)\n\n[сайт](https://example.com)",
    );
    expect(html).toContain("<h2>Роуминг</h2>");
    expect(html).toContain("<strong>быстро</strong>");
    expect(html).toContain('<a href="/account/tariffs">тарифы</a>');
    expect(html).toContain('<a href="https://example.com" rel="noopener noreferrer nofollow" target="_blank">сайт</a>');
  });

  it.each(XSS_PAYLOADS)("leaves %s inert, as text or as Markdown", (payload) => {
    for (const source of [
      payload,
      `before ${payload} after`,
      `[жми](${payload})`,
      `![x](${payload})`,
      `<${payload}>`,
      `# ${payload}\n\n> ${payload}`,
    ]) {
      expect(activeMarkup(renderMarkdown(source)), source).toBeNull();
    }
  });

  it("drops script addresses and does not load images", () => {
    expect(renderMarkdown("[a](javascript:alert(1))")).not.toContain("<a");
    expect(renderMarkdown("[a](data:text/html;base64,PHNjcmlwdD4=)")).not.toContain("<a");
    expect(renderMarkdown("![x](https://evil.example/p.png)")).not.toContain("<img");
  });
});
