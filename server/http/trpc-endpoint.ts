import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import type { ContextRequest } from "@/server/api/request-context";
import type { TrpcContext } from "@/server/api/trpc";
import { requestLogger } from "@/server/log";
import { wasLoggedAsInternal } from "@/server/observability/procedure-observer";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/server/observability/request-id";
import { errorResponse } from "./error-response";
import { hasJsonBody, isSameSiteRequest, readBodyWithin } from "./request-guard";

/**
 * /api/trpc as both its callers serve it: the Next route (app/api/trpc/[trpc]/route.ts, for `next dev`) and the
 * app server of `npm start`, which answers these calls itself, outside Next's request pipeline (server/cli/app-front.ts).
 * They differ only in how the context reads the session: Next's request scope, or the request's own headers.
 */
export const TRPC_ENDPOINT = "/api/trpc";

export type CreateContext = (opts: Required<ContextRequest>) => Promise<TrpcContext>;

/** The largest legitimate batch (a few 4,000-character messages or a banner form) is far below this. */
export const MAX_TRPC_BODY_BYTES = 256 * 1024;

// proxy.ts does not run for these calls (see its matcher): the request id is given here.
function answerProcedures(req: Request, createContext: CreateContext): Promise<Response> {
  const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
  return fetchRequestHandler({
    endpoint: TRPC_ENDPOINT,
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => {
      resHeaders.set(REQUEST_ID_HEADER, requestId);
      return createContext({ headers: req.headers, resHeaders, requestId });
    },
    onError({ error, path }) {
      // Failures inside a procedure are logged by its middleware; this catches the rest (context, transport).
      if (error.code === "INTERNAL_SERVER_ERROR" && !wasLoggedAsInternal(error)) {
        requestLogger(requestId).error({ path, error: String(error.cause ?? error) }, "trpc failure");
      }
    },
  });
}

/**
 * A GET (queries) goes straight to tRPC. Mutations arrive as POST: refused from another site (request-guard.ts),
 * unless JSON, and above the size limit; malformed JSON is left to tRPC, which answers PARSE_ERROR with no detail.
 */
export async function answerTrpc(req: Request, createContext: CreateContext): Promise<Response> {
  if (req.method !== "POST") return answerProcedures(req, createContext);
  if (!isSameSiteRequest(req)) return errorResponse("FORBIDDEN");
  if (!hasJsonBody(req)) return errorResponse("UNSUPPORTED_MEDIA_TYPE");
  const body = await readBodyWithin(req, MAX_TRPC_BODY_BYTES);
  if (!body) return errorResponse("PAYLOAD_TOO_LARGE");
  const read = new Request(req.url, { method: "POST", headers: req.headers, body: new Uint8Array(body) });
  return answerProcedures(read, createContext);
}
