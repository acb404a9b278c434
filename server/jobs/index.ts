import { getDb } from "@/server/db";
import { getRealtimePublisher } from "@/server/realtime/realtime-instance";
import { chatDispatcherJob } from "./chat-dispatcher";
import { dailyReportJob } from "./daily-report";
import { metricsRollupsJob } from "./metrics-rollups";
import { inboundRetryJob } from "./inbound-retry";
import { outboxDeliveryJob } from "./outbox-delivery";
import { tariffFeesJob } from "./tariff-fees";
import { promisedPaymentsJob } from "./promised-payments";
import { noticesJob } from "./notices";
import { autopayJob } from "./autopay";
import type { LoopHealth, ProcessLoop } from "./process-loop";

// Next bundles this module separately for instrumentation.ts and for each route that reads
// jobsHealth(); the loops live on globalThis so that all copies see the same ones.
const globalForJobs = globalThis as unknown as { portalJobs?: ProcessLoop[] };

/** The background work of this server process; instrumentation.ts starts it once, later calls do nothing. */
export function startJobs(): void {
  if (globalForJobs.portalJobs) return;
  globalForJobs.portalJobs = [
    outboxDeliveryJob(getDb, getRealtimePublisher),
    chatDispatcherJob(getDb, getRealtimePublisher),
    inboundRetryJob(getDb, getRealtimePublisher),
    tariffFeesJob(getDb),
    promisedPaymentsJob(getDb),
    noticesJob(getDb),
    autopayJob(getDb),
    dailyReportJob(getDb),
    metricsRollupsJob(getDb),
  ];
  for (const job of globalForJobs.portalJobs) job.start();
}

/** At shutdown: no new passes, and resolves once the running ones finished (before the database closes). */
export async function stopJobs(): Promise<void> {
  await Promise.all((globalForJobs.portalJobs ?? []).map((job) => job.stop()));
}

/** Each loop's state for /api/health; empty where no jobs were started (a test, a build). */
export function jobsHealth(): LoopHealth[] {
  return (globalForJobs.portalJobs ?? []).map((job) => job.health());
}
