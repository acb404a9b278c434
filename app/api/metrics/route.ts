import { getPrincipal } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { env } from "@/server/env.mjs";
import { logger } from "@/server/log";
import { errorResponse } from "@/server/http/error-response";
import { mayReadMetrics } from "@/server/observability/metrics-access";
import { getPortalMetrics, renderMetrics } from "@/server/observability/metrics-registry";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Prometheus scrape endpoint: bearer METRICS_TOKEN, or an admin/supervisor session. */
export async function GET(request: Request) {
  if (!(await mayReadMetrics(request.headers.get("authorization"), env().METRICS_TOKEN, getPrincipal))) {
    return errorResponse("UNAUTHENTICATED", undefined, { "www-authenticate": 'Bearer realm="metrics"' });
  }
  try {
    const text = await renderMetrics(getDb());
    return new Response(text, {
      headers: { "content-type": getPortalMetrics().registry.contentType, "cache-control": "no-store" },
    });
  } catch (error) {
    // Without the database gauges the scrape fails as a whole, so stale figures never look current.
    logger.error({ event: "metrics.scrape_error", message: error instanceof Error ? error.message : String(error) });
    return errorResponse("SERVICE_UNAVAILABLE");
  }
}
