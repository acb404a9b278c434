import pino, { type DestinationStream, type Level, type Logger } from "pino";
import { env } from "@/server/env.mjs";

export type { Logger } from "pino";

type LineWriter = (line: string) => void;

/** JSON lines with a readable time and the level as a word, like the realtime server's own log. */
export function createLogger(level: Level | "silent", destination: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: "portal" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    destination,
  );
}

// One logger per process, however many module copies Next loads. Lines go to stdout unless a test reads them.
interface SharedLog {
  logger: Logger;
  sink: { write: LineWriter };
}
const globalForLog = globalThis as unknown as { portalLog?: SharedLog };

function createSharedLog(): SharedLog {
  const sink = { write: ((line) => void process.stdout.write(line)) as LineWriter };
  return { sink, logger: createLogger(env().LOG_LEVEL, { write: (line: string) => sink.write(line) }) };
}

const shared = (globalForLog.portalLog ??= createSharedLog());
export const logger: Logger = shared.logger;

/** Lines about one request carry its id, so they can be found together. */
export function requestLogger(requestId: string | undefined): Logger {
  return requestId ? logger.child({ requestId }) : logger;
}

/** Tests: collects the parsed lines until `stop()` (which puts stdout back). */
export function captureLogs(): { lines: Array<Record<string, unknown>>; stop(): void } {
  const lines: Array<Record<string, unknown>> = [];
  const previous = shared.sink.write;
  shared.sink.write = (line) => void lines.push(JSON.parse(line) as Record<string, unknown>);
  return { lines, stop: () => void (shared.sink.write = previous) };
}
