import "server-only";
import { cookies } from "next/headers";
import { getDb } from "@/server/db";
import { getPrincipal } from "@/server/auth/session";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { LOCALE_COOKIE, localeOrDefault } from "@/i18n/locales";
import { readVisitorSessionKey, VISITOR_SESSION_COOKIE } from "@/server/visitor-session";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";
import { withChatPushNotifications } from "@/server/jobs/chat-push";
import { cookieSetter } from "@/server/http/cookie-attributes";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/server/observability/request-id";
import type { TrpcContext } from "./trpc";

/** Context for HTTP requests to /api/trpc and for server components. */
export async function createTRPCContext(opts: {
  headers: Headers;
  resHeaders?: Headers;
  requestId?: string;
}): Promise<TrpcContext> {
  const cookieStore = await cookies();
  const db = getDb();
  return {
    db,
    principal: await getPrincipal(),
    ip: clientIpFromHeaders(opts.headers),
    locale: localeOrDefault(cookieStore.get(LOCALE_COOKIE)?.value),
    visitorSessionKey: readVisitorSessionKey(cookieStore.get(VISITOR_SESSION_COOKIE)?.value),
    realtime: withChatPushNotifications(getRealtimePublisher(), db),
    setCookie: opts.resHeaders && cookieSetter(opts.headers, opts.resHeaders),
    requestId: opts.requestId ?? resolveRequestId(opts.headers.get(REQUEST_ID_HEADER)),
  };
}
