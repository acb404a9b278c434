import { LOCALE_COOKIE, localeOrDefault } from "@/i18n/locales";
import { env } from "@/server/env.mjs";
import { getRedis } from "@/server/redis";
import { DISMISSED_BANNERS_COOKIE } from "@/server/domain/banners/dismissed-banners";
import { cacheablePage, isMarkedNotKept } from "./page-cache-key";
import { maxEntryBytes, memoryPageCacheStore, redisPageCacheStore, type PageCacheStore } from "./page-cache-store";
import { newNonce } from "./security-headers";

/**
 * Visitors' landing page and help search are the same for every visitor, yet each render costs a
 * core ~10 ms. They are rendered once per few seconds (PUBLIC_PAGE_CACHE_SECONDS) and served from
 * memory or Redis. The Content-Security-Policy nonce stays per response: the page is rendered by an
 * internal request with a random placeholder nonce, which each response replaces with a fresh one.
 * The placeholder and the internal request's token are random per process, so no page content can
 * name them. Pages with per-person content (signed in, article views counted) are never cached; which other pages
 * are kept, and under which key, is page-cache-key.ts. Memory is bounded by PUBLIC_PAGE_CACHE_MAX_MB.
 */
export const PAGE_CACHE_HEADER = "x-page-cache";
const RENDER_HEADER = "x-page-cache-render";
// Client-side navigation asks for the RSC payload, not the HTML document.
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token/;
const RENDER_TIMEOUT_MS = 10_000;

interface PageCacheState {
  renderToken: string;
  noncePlaceholder: string;
  store: PageCacheStore;
  rendering: Map<string, Promise<{ placeholder: string; html: string } | null>>;
}

// On globalThis: proxy.ts and the routers that clear the cache are bundled apart but share the process.
const globalForPageCache = globalThis as unknown as {
  publicPageCache?: PageCacheState;
  pageCacheOutcomes?: PageCacheOutcomes;
};

/** Answers by outcome, for /api/metrics: from the cache, rendered for it, or rendered the usual way because that failed. */
export type PageCacheOutcomes = Record<"hit" | "miss" | "uncached", number>;

export function pageCacheOutcomes(): PageCacheOutcomes {
  return (globalForPageCache.pageCacheOutcomes ??= { hit: 0, miss: 0, uncached: 0 });
}

function state(): PageCacheState {
  return (globalForPageCache.publicPageCache ??= createState());
}

function createState(): PageCacheState {
  const redis = getRedis();
  const budgetBytes = env().PUBLIC_PAGE_CACHE_MAX_MB * 1024 * 1024;
  return {
    renderToken: newNonce(),
    noncePlaceholder: newNonce(),
    store: redis ? redisPageCacheStore(redis, maxEntryBytes(budgetBytes)) : memoryPageCacheStore(budgetBytes),
    rendering: new Map(),
  };
}

export interface PageRequest {
  method: string;
  pathname: string;
  search: string;
  headers: Headers;
  cookieNames: string[];
  locale: string | undefined;
}

/** The cache key of a request that may be answered from the cache (locale:page), or null. */
export function publicPageCacheKey(request: PageRequest): string | null {
  if (env().PUBLIC_PAGE_CACHE_SECONDS === 0 || request.method !== "GET") return null;
  if (new URLSearchParams(request.search).has("_rsc")) return null;
  if (request.headers.has(RENDER_HEADER) || RSC_HEADERS.some((name) => request.headers.has(name))) return null;
  if (request.cookieNames.some((name) => SESSION_COOKIE.test(name))) return null;
  // A reader who hid a banner gets the page without it, rendered for them.
  if (request.cookieNames.includes(DISMISSED_BANNERS_COOKIE)) return null;
  const locale = localeOrDefault(request.locale);
  const page = cacheablePage(request.pathname, request.search, locale);
  return page === null ? null : `${locale}:${page}`;
}

/** The internal render request of the cache: its page gets the placeholder nonce. */
export function isPageCacheRender(headers: Headers): boolean {
  return headers.get(RENDER_HEADER) === state().renderToken;
}

export function cacheRenderNonce(): string {
  return state().noncePlaceholder;
}

export interface CachedPage {
  html: string;
  /** false: rendered for this request (a miss). */
  hit: boolean;
}

/** The cached page with `nonce` in place of the placeholder, rendering it first on a miss; null: render as usual. */
export async function cachedPublicPage(key: string, nonce: string): Promise<CachedPage | null> {
  const cache = state();
  const stored = await cache.store.get(key);
  let page = stored === null ? null : readEntry(stored);
  if (page === null) {
    // Concurrent misses of one page wait for the same render.
    let rendering = cache.rendering.get(key);
    if (!rendering) {
      rendering = renderForCache(cache, key).finally(() => cache.rendering.delete(key));
      cache.rendering.set(key, rendering);
    }
    page = await rendering;
  }
  pageCacheOutcomes()[page === null ? "uncached" : stored !== null ? "hit" : "miss"] += 1;
  return page === null ? null : { html: page.html.replaceAll(page.placeholder, nonce), hit: stored !== null };
}

// An entry keeps the placeholder it was rendered with: another instance (another process's placeholder) may serve it.
const entryOf = (placeholder: string, html: string) => `${placeholder}|${html}`;
function readEntry(entry: string): { placeholder: string; html: string } {
  const cut = entry.indexOf("|");
  return { placeholder: entry.slice(0, cut), html: entry.slice(cut + 1) };
}

async function renderForCache(
  cache: PageCacheState,
  key: string,
): Promise<{ placeholder: string; html: string } | null> {
  const settings = env();
  // The key names the page in its one spelling: every request sharing the entry sees what was rendered from it.
  const cut = key.indexOf(":");
  const [locale, page] = [key.slice(0, cut), key.slice(cut + 1)];
  try {
    const response = await fetch(`http://127.0.0.1:${settings.PORT}${page}`, {
      headers: { [RENDER_HEADER]: cache.renderToken, cookie: `${LOCALE_COOKIE}=${locale}` },
      redirect: "manual",
      cache: "no-store",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
    const html = await response.text();
    // A page that is not a plain 200 document, or whose scripts do not carry the placeholder, is not kept.
    if (
      response.status !== 200 ||
      !response.headers.get("content-type")?.startsWith("text/html") ||
      !html.includes(cache.noncePlaceholder)
    )
      return null;
    if (!isMarkedNotKept(html))
      await cache.store.set(key, entryOf(cache.noncePlaceholder, html), settings.PUBLIC_PAGE_CACHE_SECONDS * 1000);
    return { placeholder: cache.noncePlaceholder, html };
  } catch {
    return null; // the usual render answers this request
  }
}

/** After a change to what public pages show (a banner published, edited, paused or archived). */
export async function clearPublicPageCache(): Promise<void> {
  await state().store.clear();
}

/** Runs a change that public pages may show, then drops the cached pages. */
export async function clearingPublicPages<T>(change: Promise<T>): Promise<T> {
  const result = await change;
  await clearPublicPageCache();
  return result;
}
