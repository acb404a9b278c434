import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("same-origin check", () => {
  it("accepts the site's own origin, directly or behind a proxy", () => {
    expect(isSameOrigin(headers({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(
      isSameOrigin(
        headers({ origin: "https://portal.example", host: "10.0.0.5:3000", "x-forwarded-host": "portal.example" }),
      ),
    ).toBe(true);
  });

  it("refuses another site, a missing origin and a malformed one", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});
