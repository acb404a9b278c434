import { getDb } from "@/server/db";
import { jobsHealth } from "@/server/jobs";
import { logger } from "@/server/log";
import { checkHealth, healthStatusCode } from "@/server/observability/health";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Public liveness for load balancers and uptime checks: which dependency fails, never why (no secrets).
 * The background loops are shown (a failed pass by its kind only: the message is in the log), not checked: a failing
 * pass is retried by its loop and must not take the instance out of rotation.
 */
export async function GET() {
  const report = await checkHealth({ db: getDb(), realtime: getRealtimePublisher() });
  if (report.status !== "ok") logger.warn({ event: "health.degraded", checks: report.checks });
  return Response.json(
    { ...report, jobs: jobsHealth() },
    { status: healthStatusCode(report), headers: { "cache-control": "no-store" } },
  );
}
