import http from "node:http";
import { logger } from "@/server/log";
import { SITE_HEADERS } from "@/server/http/site-headers.mjs";
import { toFetchRequest, writeFetchResponse } from "./fetch-bridge";
import type { StaticAssets } from "./static-assets";

type Handle = (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void> | void;

/**
 * Calls the front answers itself, outside Next's request pipeline (routing, rendering, its async scopes): GET and
 * POST of `prefix` + one path segment, as Next's `[segment]` route would match them; anything else goes to Next.
 */
export interface DirectRoute {
  prefix: string;
  answer: (request: Request) => Promise<Response>;
}

/**
 * X-Forwarded-For as the app should see it: what our own proxies wrote (nothing when none are trusted, so a
 * client-written header is dropped), then the socket's address, appended the way a proxy appends the address
 * it saw. Next itself fills the header only when it is absent, so without this the app would never learn the
 * socket address of a request that brings its own header.
 */
export function forwardedFor(
  received: string | string[] | undefined,
  socketAddress: string | undefined,
  trustedHops: number,
): string {
  const kept = trustedHops > 0 ? [received ?? []].flat() : [];
  // An IPv4 client on a dual-stack socket shows as ::ffff:a.b.c.d; one client must get one limit and one log form.
  const socket = socketAddress?.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  return [...kept, socket].filter(Boolean).join(", ");
}

/** Whether `route` answers this request: its method, and its prefix followed by one non-empty path segment. */
export function isDirect(route: DirectRoute, method: string | undefined, url: string | undefined): boolean {
  if ((method !== "GET" && method !== "POST") || !url?.startsWith(route.prefix)) return false;
  const query = url.indexOf("?");
  const segment = url.slice(route.prefix.length, query === -1 ? undefined : query);
  return segment !== "" && !segment.includes("/");
}

/**
 * `npm start`'s HTTP server: every request reaches `handle` (Next), or `direct` when it is one of its calls, with
 * X-Forwarded-For rewritten as above. Direct answers carry the site's headers, as Next's would. The build's
 * precompressed scripts and styles are served by `assets` when given.
 */
export function createAppFront(
  handle: Handle,
  trustedHops: number,
  direct?: DirectRoute,
  assets?: StaticAssets,
): http.Server {
  return http.createServer((req, res) => {
    if (assets) return assets(req, res, () => answer(req, res));
    answer(req, res);
  });

  function answer(req: http.IncomingMessage, res: http.ServerResponse) {
    req.headers["x-forwarded-for"] = forwardedFor(
      req.headers["x-forwarded-for"],
      req.socket.remoteAddress,
      trustedHops,
    );
    const answered =
      direct && isDirect(direct, req.method, req.url)
        ? direct.answer(toFetchRequest(req)).then((response) => writeFetchResponse(response, res, SITE_HEADERS))
        : handle(req, res);
    Promise.resolve(answered).catch((error: unknown) => {
      logger.error({ event: "http.unhandled", error: String(error) }, "request failed before the app answered");
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  }
}
