// Next calls register() once per server process at start (`next start`, `next dev`), before any request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this hook in its page workers too; background work belongs to a serving process.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installGracefulShutdown } = await import("./server/shutdown");
  const { startJobs } = await import("./server/jobs");
  installGracefulShutdown();
  startJobs();
}
