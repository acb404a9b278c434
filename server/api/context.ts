import "server-only";
import { getPrincipal, requestCookieJar } from "@/server/auth/session";
import { contextOf, type ContextRequest } from "./request-context";
import type { TrpcContext } from "./trpc";

/** Context for HTTP requests to /api/trpc under `next dev` and for server components: Next's view of the request. */
export async function createTRPCContext(opts: ContextRequest): Promise<TrpcContext> {
  return contextOf({ ...opts, cookies: await requestCookieJar(), principal: await getPrincipal() });
}
