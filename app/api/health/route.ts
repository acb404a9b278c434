import { getDb } from "@/server/db";
import { logger } from "@/server/log";
import { checkHealth, healthStatusCode } from "@/server/observability/health";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Public liveness for load balancers and uptime checks: which dependency fails, never why (no secrets). */
export async function GET() {
  const report = await checkHealth({ db: getDb(), realtime: getRealtimePublisher() });
  if (report.status !== "ok") logger.warn({ event: "health.degraded", checks: report.checks });
  return Response.json(report, { status: healthStatusCode(report), headers: { "cache-control": "no-store" } });
}
