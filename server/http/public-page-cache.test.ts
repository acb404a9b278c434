import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PageRequest } from "./public-page-cache";

// The cache renders through the app's own port: here a small server stands in for Next.js.
const server = http.createServer();
let cache: typeof import("./public-page-cache");
let renders = 0;
const rendered: string[] = [];
const plainPage = (placeholder: string) => ({ status: 200, body: `<script nonce="${placeholder}">1</script>` });
let answer: (placeholder: string) => { status: number; body: string } = plainPage;

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.PORT = String((server.address() as AddressInfo).port);
  cache = await import("./public-page-cache");
  server.on("request", (req, res) => {
    if (!cache.isPageCacheRender(new Headers(req.headers as Record<string, string>))) return res.writeHead(403).end();
    renders += 1;
    rendered.push(req.url!);
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
    // A visitor who hid a banner gets the landing without it, rendered for them.
    expect(cache.publicPageCacheKey(visitor("/", "", { cookieNames: ["vsid", "banners-dismissed"] }))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/account"))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help/balance"))).toBeNull(); // article views are counted per render
    expect(cache.publicPageCacheKey(visitor("/", "", { method: "POST" }))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/", "", { headers: new Headers({ rsc: "1" }) }))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help", "?_rsc=abc"))).toBeNull();
    expect(cache.publicPageCacheKey(visitor("/help", `?q=${"x".repeat(400)}`))).toBeNull();
  });

  it("gives cache-busting variants of one page one key: spaces, capitals, ignored parameters", () => {
    const key = (search: string, locale?: string) => cache.publicPageCacheKey(visitor("/help", search, { locale }));
    const tariffRoaming = "ru:/help?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84+%D1%80%D0%BE%D1%83%D0%BC%D0%B8%D0%BD%D0%B3";
    for (const variant of [
      "?q=тариф роуминг",
      "?q=%20%20Тариф%20%20%20РОУМИНГ%09",
      "?q=тариф+роуминг&utm_source=mail&_=1712345",
      "?_=1&q=тариф%0Aроуминг&page=1",
      "?q=тариф роуминг&q=second value ignored by the page",
    ])
      expect(key(variant)).toBe(tariffRoaming);
    expect(key("?q=Roaming&page=2", "en")).toBe("en:/help?q=roaming&page=2");
    expect(key("?q=roaming&page=9999")).toBe("ru:/help?q=roaming&page=100"); // the page clamps it the same way
    expect(key("?q=roaming&page=abc")).toBe("ru:/help?q=roaming");
    expect(key("?q=%20%20&page=3&utm=1")).toBe("ru:/help"); // browsing by category
    expect(cache.publicPageCacheKey(visitor("/", "?utm_source=banner&x=1"))).toBe("ru:/");
  });

  it("keeps no page of an overlong query, however it is spelled (the page refuses it)", () => {
    const key = (q: string) => cache.publicPageCacheKey(visitor("/help", `?${new URLSearchParams({ q })}`));
    expect(key("ж".repeat(200))).toBe(`ru:/help?${new URLSearchParams({ q: "ж".repeat(200) })}`);
    expect(key("ж".repeat(201))).toBeNull();
    // 201 characters as typed, though fewer once spaces are collapsed: the page counts them as typed.
    expect(key(`${"ж".repeat(100)}  ${"ж".repeat(99)}`)).toBeNull();
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
      cache.cachedPublicPage("ru:/", "nonceA"),
      cache.cachedPublicPage("ru:/", "nonceB"),
    ]);
    expect(renders).toBe(1);
    expect([a, b]).toEqual([
      { html: '<script nonce="nonceA">1</script>', hit: false },
      { html: '<script nonce="nonceB">1</script>', hit: false },
    ]);
    expect(await cache.cachedPublicPage("ru:/", "nonceC")).toEqual({
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
    await cache.cachedPublicPage("ru:/help", "n1");
    renders = 0;
    await cache.clearPublicPageCache();
    expect((await cache.cachedPublicPage("ru:/help", "n2"))?.hit).toBe(false);
    expect(renders).toBe(1);
  });

  it("keeps nothing that failed or whose scripts lack the placeholder nonce", async () => {
    await cache.clearPublicPageCache();
    renders = 0;
    const uncachedBefore = cache.pageCacheOutcomes().uncached;
    answer = () => ({ status: 500, body: "<p>error</p>" });
    expect(await cache.cachedPublicPage("ru:/", "n")).toBeNull();
    answer = () => ({ status: 200, body: '<script nonce="someone-elses">1</script>' });
    expect(await cache.cachedPublicPage("ru:/", "n")).toBeNull();
    expect(renders).toBe(2);
    expect(cache.pageCacheOutcomes().uncached - uncachedBefore).toBe(2);
  });

  it("renders a page from its one spelling, once for all its variants", async () => {
    await cache.clearPublicPageCache();
    answer = plainPage;
    rendered.length = 0;
    const keys = ["?q=%20ТАРИФ", "?q=тариф&utm_source=x"].map((search) =>
      cache.publicPageCacheKey(visitor("/help", search)),
    );
    for (const key of keys) await cache.cachedPublicPage(key!, "n");
    expect(rendered).toEqual(["/help?q=%D1%82%D0%B0%D1%80%D0%B8%D1%84"]);
  });

  it("serves but does not keep a page marked as not worth keeping (a search that found nothing)", async () => {
    await cache.clearPublicPageCache();
    renders = 0;
    answer = (placeholder) => ({
      status: 200,
      body: `<script nonce="${placeholder}">1</script><section data-page-cache-skip="">nothing found</section>`,
    });
    for (const nonce of ["n1", "n2"])
      expect(await cache.cachedPublicPage("ru:/help?q=qwzx", nonce)).toEqual({
        html: `<script nonce="${nonce}">1</script><section data-page-cache-skip="">nothing found</section>`,
        hit: false,
      });
    expect(renders).toBe(2);
  });
});
