import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { brand } from "./brand";

describe("brand colours", () => {
  it("the theme colour is the Tailwind theme's brand (and its brand-600 shade) and the logo's tile", () => {
    const css = fs.readFileSync("app/globals.css", "utf8");
    expect(css).toMatch(new RegExp(`--color-brand:\\s*${brand.themeColor};`, "i"));
    expect(css).toMatch(new RegExp(`--color-brand-600:\\s*${brand.themeColor};`, "i"));
    const logo = fs.readFileSync("public/icon.svg", "utf8");
    expect(logo).toMatch(new RegExp(`<rect [^>]*fill="${brand.themeColor}"`, "i"));
  });
});
