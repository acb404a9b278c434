import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { activeMarkup, asHtmlText, XSS_PAYLOADS } from "@/server/testing/xss-payloads";
import { BannerView } from "./banner-view";

describe("banner rendering", () => {
  it("shows a marketer's title, text and button label literally, with nothing that runs", () => {
    for (const payload of XSS_PAYLOADS) {
      const banner = {
        id: "b1",
        title: payload,
        text: `${payload}\n${payload}`,
        ctaLabel: payload,
        topic: payload,
        imageUrl: "/api/banners/images/i1",
        imagePhoneUrl: null,
      };
      for (const layout of [undefined, "phone", "desktop"] as const) {
        const html = renderToStaticMarkup(<BannerView banner={banner} layout={layout} />);
        expect([payload, layout, activeMarkup(html)]).toEqual([payload, layout, null]);
        expect(html.split(asHtmlText(payload)).length - 1).toBe(4);
      }
    }
  });
});
