import { describe, expect, it } from "vitest";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "./xss-payloads";

describe("the XSS check itself", () => {
  it("catches every markup payload written as HTML, and passes it escaped", () => {
    for (const payload of XSS_PAYLOADS.filter((p) => p.includes("<"))) {
      expect([payload, activeMarkup(`<p>${payload}</p>`)]).toEqual([payload, expect.any(String)]);
      expect(activeMarkup(`<p>${asHtmlText(payload)}</p>`)).toBeNull();
    }
    expect(activeMarkup('<a href="javascript:alert(1)">x</a>')).not.toBeNull();
    expect(activeMarkup('<img src="https://evil.example/x.png">')).not.toBeNull();
    expect(activeMarkup('<img src="/api/chat/attachments/1" alt="">')).toBeNull();
  });
});
