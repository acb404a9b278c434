import { closeDb } from "@/server/db";
import { stopJobs } from "@/server/jobs";
import { logger } from "@/server/log";

const globalForShutdown = globalThis as unknown as { shutdownInstalled?: boolean };
// Long enough for in-flight requests to finish, short enough for an orchestrator's grace period.
const DRAIN_MS = 1_500;
// A database that does not close (its folder gone, a hung server) or a hung background pass must not keep the process alive.
const GIVE_UP_MS = 10_000;

/**
 * `npm start` runs Next with NEXT_MANUAL_SIG_HANDLE, so stopping is ours: start no new
 * background passes, let in-flight requests and a running pass finish, close the database
 * (the embedded one's files are only complete after a clean close), then exit.
 */
export function installGracefulShutdown(): void {
  if (globalForShutdown.shutdownInstalled || !process.env.NEXT_MANUAL_SIG_HANDLE) return;
  globalForShutdown.shutdownInstalled = true;
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ event: "app.stopping", signal }, "stopping");
    setTimeout(() => {
      logger.error(
        { event: "app.stop_timeout" },
        "background work or the database did not finish in time; exiting anyway",
      );
      process.exit(1);
    }, GIVE_UP_MS).unref();
    const jobsStopped = stopJobs();
    setTimeout(() => {
      jobsStopped
        .then(() => closeDb())
        .then(() => logger.info({ event: "app.stopped" }, "database closed"))
        .catch((error: unknown) =>
          logger.error({ event: "app.stop_failed", error: String(error) }, "closing the database failed"),
        )
        .finally(() => process.exit(0));
    }, DRAIN_MS);
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
