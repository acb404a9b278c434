import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { SafeText, splitLinks } from "./safe-text";

describe("message text", () => {
  it("turns http and https addresses into links and keeps the rest as text", () => {
    expect(splitLinks("См. https://example.com/help?q=1, а также http://x.ru.")).toEqual([
      { kind: "text", text: "См. " },
      { kind: "link", text: "https://example.com/help?q=1", href: "https://example.com/help?q=1" },
      { kind: "text", text: ", а также " },
      { kind: "link", text: "http://x.ru", href: "http://x.ru/" },
      { kind: "text", text: "." },
    ]);
  });

  it("never links other schemes", () => {
    for (const text of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "ftp://example.com",
      "vbscript:msgbox",
      "//evil.example",
    ]) {
      expect(splitLinks(text)).toEqual([{ kind: "text", text }]);
    }
  });

  it("gives the message back unchanged when the parts are joined", () => {
    const text = "(https://a.example/x) и https://b.example/«y» — готово!\nВторая строка";
    expect(
      splitLinks(text)
        .map((p) => p.text)
        .join(""),
    ).toBe(text);
  });

  it("renders markup in a message as text, and links with noopener in a new tab", () => {
    const html = renderToStaticMarkup(
      <SafeText text={'<img src=x onerror="alert(1)"> https://example.com/a"onmouseover=x'} />,
    );
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noopener noreferrer"');
    expect(html).not.toMatch(/<a[^>]*onmouseover/);
  });

  it("renders every XSS payload inert and literally, javascript: addresses included", () => {
    for (const payload of [...XSS_PAYLOADS, "см. javascript:alert(document.cookie) и https://example.com/ok"]) {
      const html = renderToStaticMarkup(<SafeText text={payload} />);
      expect([payload, activeMarkup(html)]).toEqual([payload, null]);
      expect(html).not.toMatch(/href="(?!https?:)/);
    }
    expect(renderToStaticMarkup(<SafeText text={XSS_PAYLOADS[1]!} />)).toContain(
      asHtmlText("<script>alert(1)</script>"),
    );
  });
});
