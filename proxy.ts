import { NextResponse, type NextRequest } from "next/server";
import { issueVisitorSession, readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { LOCALE_COOKIE } from "@/i18n/locales";
import { env } from "@/server/env.mjs";
import { requestHostname } from "@/server/http/request-host";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/server/observability/request-id";
import {
  API_CONTENT_SECURITY_POLICY,
  cameOverTls,
  contentSecurityPolicy,
  newNonce,
  realtimeOriginFor,
  STRICT_TRANSPORT_SECURITY,
} from "@/server/http/security-headers";
import { cookieAttributes } from "@/server/http/cookie-attributes";
import {
  cachedPublicPage,
  cacheRenderNonce,
  isPageCacheRender,
  PAGE_CACHE_HEADER,
  publicPageCacheKey,
  type PageRequest,
} from "@/server/http/public-page-cache";

/**
 * Gives every request an id (logs about it carry the id; the response echoes it) and every browser
 * an anonymous session key (help-article views, banner impressions, visitor chats are counted per
 * session), and sets each page's Content-Security-Policy with a fresh script nonce
 * (server/http/security-headers.ts). Visitors' landing page and help search come from the public
 * page cache (server/http/public-page-cache.ts). Not an access check: those live in pages and procedures.
 */
export async function proxy(request: NextRequest) {
  const requestId = resolveRequestId(request.headers.get(REQUEST_ID_HEADER));
  // An unsigned or forged visitor cookie counts as none: the browser gets a new session from us.
  const newVisitor = readVisitorSessionKey(request.cookies.get(VISITOR_SESSION_COOKIE)?.value)
    ? null
    : issueVisitorSession();
  const renderingForCache = isPageCacheRender(request.headers);
  const nonce = renderingForCache ? cacheRenderNonce() : newNonce();
  const isPage = !request.nextUrl.pathname.startsWith("/api/");
  // The proxy's headers win over a route's own, so under /api/ (data and files, no page) it sets the strict
  // policy itself rather than the page one, which would loosen what a chat picture may do.
  const csp = isPage
    ? contentSecurityPolicy({
        nonce,
        development: process.env.NODE_ENV === "development",
        // The host the browser used: under `next start` the request URL always says localhost.
        realtimeOrigin: realtimeOriginFor(
          requestHostname(request.headers, env().TRUSTED_PROXY_HOPS) ?? request.nextUrl.hostname,
        ),
      })
    : API_CONTENT_SECURITY_POLICY;

  const page: PageRequest = {
    method: request.method,
    pathname: request.nextUrl.pathname,
    search: request.nextUrl.search,
    headers: request.headers,
    cookieNames: request.cookies.getAll().map((cookie) => cookie.name),
    locale: request.cookies.get(LOCALE_COOKIE)?.value,
  };
  const cacheKey = renderingForCache ? null : publicPageCacheKey(page);
  const cached = cacheKey ? await cachedPublicPage(cacheKey, nonce) : null;
  let response: NextResponse;
  if (cached !== null) {
    response = new NextResponse(cached.html, {
      headers: {
        "content-type": "text/html; charset=utf-8",
        "cache-control": "private, no-cache, no-store, max-age=0, must-revalidate",
        vary: "rsc, next-router-state-tree, next-router-prefetch, cookie",
        [PAGE_CACHE_HEADER]: cached.hit ? "hit" : "miss",
      },
    });
  } else {
    // Visible to this request's server code as well as to later requests.
    if (newVisitor) request.cookies.set(VISITOR_SESSION_COOKIE, newVisitor.cookieValue);
    const headers = new Headers(request.headers);
    headers.set(REQUEST_ID_HEADER, requestId);
    // Next.js reads the nonce from the request's policy and puts it on the page's scripts.
    if (isPage) headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", csp);
  if (cameOverTls(request)) response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  if (newVisitor && !renderingForCache) {
    response.cookies.set(VISITOR_SESSION_COOKIE, newVisitor.cookieValue, cookieAttributes(request));
  }
  return response;
}

// Public, long-cached banner images must not carry a per-visitor cookie (a shared cache would hand it on), nor
// must the app's icons, manifest and robots.txt, which browsers and crawlers fetch without being visitors.
// tRPC calls render no page (no policy to set) and come from a page that already started the
// visitor's session; skipping the proxy for them saves a tenth of a procedure call's CPU.
export const config = {
  matcher: [
    "/((?!_next/|favicon.ico|icon.svg|icons/|apple-touch-icon.png|manifest.webmanifest|robots.txt|sw.js|api/auth|api/trpc|api/banners/images/).*)",
  ],
};
