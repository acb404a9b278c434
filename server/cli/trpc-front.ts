import { contextFromHeaders } from "@/server/api/request-context";
import { answerTrpc, TRPC_ENDPOINT } from "@/server/http/trpc-endpoint";
import type { DirectRoute } from "./app-front";

/**
 * /api/trpc answered by the app server itself, before Next's routing and rendering pipeline (a tenth of a chat
 * message's CPU), with the checks of the Next route (server/http/trpc-endpoint.ts). The context reads the session
 * from the request's cookies with the app's secret: no Next request scope is needed.
 */
export function trpcFrontRoute(secret: string): DirectRoute {
  return {
    prefix: `${TRPC_ENDPOINT}/`,
    answer: (request) => answerTrpc(request, (opts) => contextFromHeaders(opts, secret)),
  };
}
