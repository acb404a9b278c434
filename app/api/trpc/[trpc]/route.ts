import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/context";
import { requestLogger } from "@/server/log";
import { wasLoggedAsInternal } from "@/server/observability/procedure-observer";
import { REQUEST_ID_HEADER, resolveRequestId } from "@/server/observability/request-id";
import { errorResponse } from "@/server/http/error-response";
import { hasJsonBody, isSameSiteRequest, readBodyWithin } from "@/server/http/request-guard";

export const dynamic = "force-dynamic";

/** The largest legitimate batch (a few 4,000-character messages or a banner form) is far below this. */
const MAX_BODY_BYTES = 256 * 1024;

// proxy.ts does not run for these calls (see its matcher): the request id is given here.
function handler(req: Request) {
  const requestId = resolveRequestId(req.headers.get(REQUEST_ID_HEADER));
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: ({ resHeaders }) => {
      resHeaders.set(REQUEST_ID_HEADER, requestId);
      return createTRPCContext({ headers: req.headers, resHeaders, requestId });
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
 * Mutations arrive as POST: refused from another site (server/http/request-guard.ts), unless JSON,
 * and above the size limit; malformed JSON is left to tRPC, which answers PARSE_ERROR with no detail.
 */
async function POST(req: Request) {
  if (!isSameSiteRequest(req)) return errorResponse("FORBIDDEN");
  if (!hasJsonBody(req)) return errorResponse("UNSUPPORTED_MEDIA_TYPE");
  const body = await readBodyWithin(req, MAX_BODY_BYTES);
  if (!body) return errorResponse("PAYLOAD_TOO_LARGE");
  return handler(new Request(req.url, { method: "POST", headers: req.headers, body: new Uint8Array(body) }));
}

export { handler as GET, POST };
