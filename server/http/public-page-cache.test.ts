import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageRequest } from "./public-page-cache";

// The cache renders through the app's own port: here a small server stands in for Next.js.
const server = http.createServer();
let cache: typeof import("./public-page-cache");
let renders = 0;
let answer: (placeholder: string) => { status: number; body: string } = (placeholder) => ({
  status: 200,
  body: `<script nonce="${placeholder}">1</script>`,
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
  cache = await import("./public-page-cache");
  server.on("request", (req, res) => {
    if (!cache.isPageCacheRender(new Headers(req.headers as Record<string, string>))) return res.writeHead(403).end();
    renders += 1;
    const { status, body } = answer(cache.cacheRenderNonce());
    setTimeout(() => res.writeHead(status, { "content-type": "text/html; charset=utf-8" }).end(body), 20);
  });
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function visitor(pathname: string, search = "", extra: Partial<PageRequest> = {}): PageRequest {
  return {
    method: "GET",
    pathname,
    search,
    headers: new Headers(),
    cookieNames: ["vsid"],
    locale: undefined,
    ...extra,
  };
}

describe("which requests the public page cache answers", () => {
  it("takes visitors' landing page and help search, per locale and query", () => {
    expect(cache.publicPageCacheKey(visitor("/"))).toBe("ru:/");
    expect(cache.publicPageCacheKey(visitor("/help", "?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84", { locale: "en" }))).toBe(
      "en:/help?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84",
    );
    expect(cache.publicPageCacheKey(visitor("/", "", { locale: "xx" }))).toBe("ru:/");
  });

  it("leaves signed-in people, other pages, other methods and client navigation alone", () => {
    expect(cache.publicPageCacheKey(visitor("/", "", { cookieNames: ["vsid", "next-auth.session-token"] }))).toBeNull();
    expect(
      cache.publicPageCacheKey(visitor("/", "", { cookieNames: ["__Secure-next-auth.session-token.0"] })),
    ).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/account"))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help/balance"))).toBeNull(); // article views are counted per render
    expect(cache.publicPageCacheKey(visitor("/", "", { method: "POST" }))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/", "", { headers: new Headers({ rsc: "1" }) }))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help", "?_rsc=abc"))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help", `?q=${"x".repeat(400)}`))).toBeNull();
  });

  it("never answers its own render request from the cache, and only recognises it by the process's token", () => {
    expect(
      cache.publicPageCacheKey(visitor("/", "", { headers: new Headers({ "x-page-cache-render": "guess" }) })),
    ).toBeNull();
    expect(cache.isPageCacheRender(new Headers({ "x-page-cache-render": "guess" }))).toBe(false);
  });
});

describe("serving from the public page cache", () => {
  it("renders once for concurrent visitors and gives each response its own nonce", async () => {
    await cache.clearPublicPageCache();
    renders = 0;
    const before = { ...cache.pageCacheOutcomes() };
    const [a, b] = await Promise.all([
      cache.cachedPublicPage("ru:/", visitor("/"), "nonceA"),
      cache.cachedPublicPage("ru:/", visitor("/"), "nonceB"),
    ]);
    expect(renders).toBe(1);
    expect([a, b]).toEqual([
      { html: '<script nonce="nonceA">1</script>', hit: false },
      { html: '<script nonce="nonceB">1</script>', hit: false },
    ]);
    expect(await cache.cachedPublicPage("ru:/", visitor("/"), "nonceC")).toEqual({
      html: '<script nonce="nonceC">1</script>',
      hit: true,
    });
    expect(renders).toBe(1);
    const after = cache.pageCacheOutcomes();
    expect({
      hit: after.hit - before.hit,
      miss: after.miss - before.miss,
      uncached: after.uncached - before.uncached,
    }).toEqual({ hit: 1, miss: 2, uncached: 0 });
  });

  it("renders again after the cache is cleared (a banner changed)", async () => {
    await cache.cachedPublicPage("ru:/help", visitor("/help"), "n1");
    renders = 0;
    await cache.clearPublicPageCache();
    expect((await cache.cachedPublicPage("ru:/help", visitor("/help"), "n2"))?.hit).toBe(false);
    expect(renders).toBe(1);
  });

  it("keeps nothing that failed or whose scripts lack the placeholder nonce", async () => {
    await cache.clearPublicPageCache();
    renders = 0;
    const uncachedBefore = cache.pageCacheOutcomes().uncached;
    answer = () => ({ status: 500, body: "<p>error</p>" });
    expect(await cache.cachedPublicPage("ru:/", visitor("/"), "n")).toBeNull();
    answer = () => ({ status: 200, body: '<script nonce="someone-elses">1</script>' });
    expect(await cache.cachedPublicPage("ru:/", visitor("/"), "n")).toBeNull();
    expect(renders).toBe(2);
    expect(cache.pageCacheOutcomes().uncached - uncachedBefore).toBe(2);
  });
});
