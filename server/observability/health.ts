import type { Db } from "@/server/db-client";
import type { RealtimePublisher } from "@/server/realtime/publisher";

export interface HealthCheck {
  ok: boolean;
  /** How long the check took (at most the timeout). */
  ms: number;
}

export interface HealthReport {
  status: "ok" | "degraded";
  checks: { database: HealthCheck; realtime: HealthCheck };
}

export const HEALTH_CHECK_TIMEOUT_MS = 2_000;

/** Times one check; an error or no answer within the timeout counts as a failure, never as a throw. */
async function timedCheck(check: () => Promise<boolean>, timeoutMs: number): Promise<HealthCheck> {
  const started = performance.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const ok = await Promise.race([check().catch(() => false), gaveUp]);
  clearTimeout(timer);
  return { ok, ms: Math.round(performance.now() - started) };
}

/** The database answers a query and the realtime service a signed request; both checks run at once. */
export async function checkHealth(
  services: { db: Db; realtime: Pick<RealtimePublisher, "ping"> },
  timeoutMs = HEALTH_CHECK_TIMEOUT_MS,
): Promise<HealthReport> {
  const [database, realtime] = await Promise.all([
    timedCheck(async () => {
      await services.db.$queryRaw`SELECT 1`;
      return true;
    }, timeoutMs),
    timedCheck(() => services.realtime.ping(), timeoutMs),
  ]);
  return { status: database.ok && realtime.ok ? "ok" : "degraded", checks: { database, realtime } };
}

/** Load balancers take an instance out of rotation on 503. */
export function healthStatusCode(report: HealthReport): 200 | 503 {
  return report.status === "ok" ? 200 : 503;
}
