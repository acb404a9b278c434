// Next calls register() once per server process at start (`next start`, `next dev`), before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this hook in its page workers too; background work belongs to a serving process.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installGracefulShutdown } = await import("./server/shutdown");
  const { startJobs } = await import("./server/jobs");
  installGracefulShutdown();
  startJobs();
  // Demo mode with the fake Bot API of `npm start`: the demo Telegram inbox, pointed at it again.
  const { ensureDemoInbox } = await import("./server/channels/telegram/messenger-simulator");
  const { getDb } = await import("./server/db");
  const { logger } = await import("./server/log");
  void ensureDemoInbox(getDb()).catch((error: unknown) =>
    logger.error({
      event: "channels.demo_inbox_failed",
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}
