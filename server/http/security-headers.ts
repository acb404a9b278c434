import { getRealtimeClientConfig } from "@/server/realtime/client-config";

interface PolicyInput {
  nonce: string;
  /** `next dev` evaluates modules with eval for fast refresh; production never needs it. */
  development: boolean;
  /** The browser's realtime WebSocket origin, e.g. ws://portal.example:6001. */
  realtimeOrigin: string;
}

/**
 * The Content-Security-Policy of every page. Scripts run only with this request's nonce (Next.js
 * puts it on its own scripts when it finds the policy on the request) and what those load
 * ('strict-dynamic'); nothing injected into a page can run. Styles allow 'unsafe-inline': React
 * renders style attributes (progress bars, charts) that a nonce cannot cover — styles cannot run code.
 */
export function contentSecurityPolicy({ nonce, development, realtimeOrigin }: PolicyInput): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${realtimeOrigin}`,
    // The service worker (public/sw.js): our own file only; 'strict-dynamic' would otherwise decide for workers.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * Everything under /api/: data, files (chat pictures) and at most an error page, none of which should run or
 * load anything, be framed, or be loosened by the page policy.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Where pusher-js connects: the configured public host, or the page's own host name, on the realtime port. */
export function realtimeOriginFor(pageHostname: string): string {
  const realtime = getRealtimeClientConfig();
  return `${realtime.tls ? "wss" : "ws"}://${realtime.host ?? pageHostname}:${realtime.port}`;
}

/**
 * Served over TLS, directly or behind a proxy that terminated it: only then is HSTS meaningful. Without the
 * request's URL (a procedure) only the proxy's word counts; the app's own server never speaks TLS.
 */
export function cameOverTls(request: { headers: Headers; nextUrl?: { protocol: string } }): boolean {
  const forwarded = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return forwarded === "https" || request.nextUrl?.protocol === "https:";
}

export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/** 128 random bits, base64, new for every request. */
export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
