import { getDb } from "@/server/db";
import type { Principal } from "@/server/auth/principal";
import { principalOfCookies } from "@/server/auth/session-cookie-principal";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { LOCALE_COOKIE, localeOrDefault } from "@/i18n/locales";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";
import { withChatPushNotifications } from "@/server/jobs/chat-push";
import { cookieSetter } from "@/server/http/cookie-attributes";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/server/observability/request-id";
import type { TrpcContext } from "./trpc";

export interface ContextRequest {
  headers: Headers;
  resHeaders?: Headers;
  requestId?: string;
}

/**
 * A procedure's context from what the request carries: its headers, its cookies and its principal. Nothing here
 * reads Next's request scope, so the app server's own tRPC endpoint (server/http/trpc-endpoint.ts) uses it too.
 */
export function contextOf(
  opts: ContextRequest & { cookies: Record<string, string>; principal: Principal | null },
): TrpcContext {
  const db = getDb();
  return {
    db,
    principal: opts.principal,
    ip: clientIpFromHeaders(opts.headers),
    locale: localeOrDefault(opts.cookies[LOCALE_COOKIE]),
    visitorSessionKey: readVisitorSessionKey(opts.cookies[VISITOR_SESSION_COOKIE]),
    realtime: withChatPushNotifications(getRealtimePublisher(), db),
    setCookie: opts.resHeaders && cookieSetter(opts.headers, opts.resHeaders),
    requestId: opts.requestId ?? resolveRequestId(opts.headers.get(REQUEST_ID_HEADER)),
  };
}

/** Cookie header → name/value pairs, as Next's cookies() reads them (values URI-decoded; a bad one is skipped). */
export function parseCookieHeader(header: string | null): Record<string, string> {
  const jar: Record<string, string> = {};
  for (const pair of (header ?? "").split(/; */)) {
    const at = pair.indexOf("=");
    if (!pair || at <= 0) continue;
    try {
      jar[pair.slice(0, at)] = decodeURIComponent(pair.slice(at + 1));
    } catch {
      // Not URI-encoded text: Next drops it as well.
    }
  }
  return jar;
}

/** The context of a request from its headers alone; the session is read with the app's NEXTAUTH_SECRET. */
export async function contextFromHeaders(opts: ContextRequest, secret: string): Promise<TrpcContext> {
  const cookies = parseCookieHeader(opts.headers.get("cookie"));
  return contextOf({ ...opts, cookies, principal: await principalOfCookies(cookies, secret) });
}
