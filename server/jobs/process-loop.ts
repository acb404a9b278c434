import { logger } from "@/server/log";
import { withAdvisoryLock, type LockSession } from "./advisory-lock";
import { AppError } from "@/server/domain/errors";

export type LoopState = "stopped" | "idle" | "running" | "stopping";

/** What /api/health shows of one loop. */
export interface LoopHealth {
  name: string;
  state: LoopState;
  /** When the last pass started (ISO 8601); null before the first. */
  lastRunAt: string | null;
  lastDurationMs: number | null;
  /** The message of the latest failed pass, never its stack (the endpoint is public); kept after recovery, with its time. */
  lastError: string | null;
  lastErrorAt: string | null;
  /** Passes finished, failed ones included. */
  runs: number;
}

export interface LoopOptions {
  name: string;
  intervalMs: number;
  pass: () => Promise<unknown>;
  /**
   * For scheduled work that must not run twice at once (a daily report, autopay): each pass
   * first takes this PostgreSQL advisory lock and skips the tick when another instance holds
   * it. Work that claims its own rows (the outbox, chat assignment) runs everywhere without one.
   */
  lock?: { key: number; session: () => Promise<LockSession> };
}

export interface ProcessLoop {
  readonly name: string;
  /** A pass every intervalMs from now on; a no-op while started. */
  start(): void;
  /** No new passes; resolves once the running one, if any, has finished. */
  stop(): Promise<void>;
  health(): LoopHealth;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
/** What /api/health may say about a failure to anyone: its kind (a domain code or the error's class), never its text. */
const kindOf = (error: unknown) =>
  error instanceof AppError ? error.code : error instanceof Error ? error.name : typeof error;

/**
 * Runs `pass` every `intervalMs` in this process. A slow pass never overlaps the next one;
 * a failing pass is logged and recorded, and the loop goes on. Several app instances may
 * each run the same loop: without `lock`, the pass itself must be safe to run concurrently.
 */
export function createProcessLoop(options: LoopOptions): ProcessLoop {
  const { name, intervalMs, pass, lock } = options;
  let timer: ReturnType<typeof setInterval> | undefined;
  let running: Promise<void> | undefined;
  let stopping = false;
  const last = {
    runAt: null as string | null,
    durationMs: null as number | null,
    error: null as string | null,
    errorAt: null as string | null,
  };
  let runs = 0;

  const runPass = async () => {
    const started = Date.now();
    try {
      if (lock) {
        const ran = await withAdvisoryLock(await lock.session(), lock.key, pass);
        if (!ran) return; // another instance has this tick
      } else {
        await pass();
      }
    } catch (error) {
      last.error = kindOf(error);
      last.errorAt = new Date(started).toISOString();
      logger.error({ event: `${name}.error`, kind: last.error, message: messageOf(error) });
    }
    runs++;
    last.runAt = new Date(started).toISOString();
    last.durationMs = Date.now() - started;
  };

  const tick = () => {
    if (running) return;
    running = runPass().finally(() => {
      running = undefined;
    });
  };

  return {
    name,
    start() {
      if (timer) return;
      timer = setInterval(tick, intervalMs);
      timer.unref(); // never keeps a process (a test, a CLI) alive
    },
    async stop() {
      clearInterval(timer);
      timer = undefined;
      stopping = true;
      await running;
      stopping = false;
    },
    health() {
      const state: LoopState = running ? (stopping ? "stopping" : "running") : timer ? "idle" : "stopped";
      return {
        name,
        state,
        lastRunAt: last.runAt,
        lastDurationMs: last.durationMs,
        lastError: last.error,
        lastErrorAt: last.errorAt,
        runs,
      };
    },
  };
}
