import { logger } from "@/server/log";

// One loop per name per process, however many module copies Next loads.
const loops = ((globalThis as unknown as { processLoops?: Map<string, ReturnType<typeof setInterval>> }).processLoops ??= new Map());

/**
 * Runs `tick` every `intervalMs` in this process (idempotent per name). A slow tick never
 * overlaps the next one; errors are logged and the loop goes on. Several app instances may
 * each run one: the work itself must be safe to run concurrently.
 */
export function startProcessLoop(name: string, intervalMs: number, tick: () => Promise<unknown>): void {
  if (loops.has(name)) return;
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      await tick();
    } catch (error) {
      logger.error({ event: `${name}.error`, message: error instanceof Error ? error.message : String(error) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void run(), intervalMs);
  timer.unref(); // never keeps a process (a test, a build worker) alive
  loops.set(name, timer);
}
