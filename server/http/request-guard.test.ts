import { describe, expect, it } from "vitest";
import { hasJsonBody, isSameSiteRequest, readBodyWithin, readFormWithin } from "./request-guard";

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://portal.test/api/x", { method: "POST", headers, body });

describe("cross-site rule for state-changing requests", () => {
  it("accepts our own origin, also behind a proxy that names the public host", () => {
    expect(isSameSiteRequest(post({ host: "portal.test", origin: "http://portal.test" }))).toBe(true);
    expect(
      isSameSiteRequest(
        post({ host: "10.0.0.5:3000", "x-forwarded-host": "portal.example", origin: "https://portal.example" }),
      ),
    ).toBe(true);
  });

  it("refuses another site, another port, an opaque origin and garbage", () => {
    for (const origin of ["https://evil.example", "http://portal.test:8080", "null", "not a url"]) {
      expect([origin, isSameSiteRequest(post({ host: "portal.test", origin }))]).toEqual([origin, false]);
    }
  });

  it("without Origin, trusts only what the browser says is same-origin or typed, and non-browser clients", () => {
    expect(isSameSiteRequest(post({ host: "portal.test", "sec-fetch-site": "same-origin" }))).toBe(true);
    expect(isSameSiteRequest(post({ host: "portal.test", "sec-fetch-site": "none" }))).toBe(true);
    expect(isSameSiteRequest(post({ host: "portal.test" }))).toBe(true);
    expect(isSameSiteRequest(post({ host: "portal.test", "sec-fetch-site": "cross-site" }))).toBe(false);
    expect(isSameSiteRequest(post({ host: "portal.test", "sec-fetch-site": "same-site" }))).toBe(false);
  });

  it("takes JSON only, with or without a charset", () => {
    expect(hasJsonBody(post({ "content-type": "application/json" }))).toBe(true);
    expect(hasJsonBody(post({ "content-type": "application/json; charset=utf-8" }))).toBe(true);
    for (const type of [
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonp",
      "",
    ]) {
      expect([type, hasJsonBody(post({ "content-type": type }))]).toEqual([type, false]);
    }
  });
});

describe("bounded bodies", () => {
  /** A streamed body with no Content-Length, as a chunked upload arrives. */
  const streamed = (chunks: number, size: number) =>
    new Request("http://portal.test/api/x", {
      method: "POST",
      body: new ReadableStream({
        start(c) {
          for (let i = 0; i < chunks; i++) c.enqueue(new Uint8Array(size).fill(97));
          c.close();
        },
      }),
      duplex: "half",
    } as RequestInit);

  it("reads a body within the limit", async () => {
    expect((await readBodyWithin(post({}, '{"a":1}'), 100))?.toString()).toBe('{"a":1}');
    expect((await readBodyWithin(streamed(3, 10), 30))?.length).toBe(30);
  });

  it("refuses by the declared length before reading, and by the bytes read when the length is absent", async () => {
    expect(await readBodyWithin(post({ "content-length": "2000000" }, "{}"), 1000)).toBeNull();
    expect(await readBodyWithin(streamed(4, 10), 30)).toBeNull();
  });

  it("parses a form within the limit and names one that is too large", async () => {
    const form = new FormData();
    form.set("socket_id", "1.2");
    const body = new Request("http://portal.test/api/x", { method: "POST", body: form });
    expect(((await readFormWithin(body, 10_000)) as FormData).get("socket_id")).toBe("1.2");
    const big = new FormData();
    big.set("file", new Blob([new Uint8Array(5_000)]));
    expect(await readFormWithin(new Request("http://portal.test/api/x", { method: "POST", body: big }), 1_000)).toBe(
      "too-large",
    );
  });
});
