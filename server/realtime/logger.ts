/** Minimal structured logger, so the host app can plug in its own and tests stay quiet. */
export interface RealtimeLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: RealtimeLogger = {
  info: () => {},
  warn: () => {},
  error: () => {},
};

/** One JSON object per line on stdout/stderr, easy to grep and to ship to a log collector. */
export const jsonLogger: RealtimeLogger = {
  info: (message, fields) => console.log(line("info", message, fields)),
  warn: (message, fields) => console.warn(line("warn", message, fields)),
  error: (message, fields) => console.error(line("error", message, fields)),
};

function line(level: string, message: string, fields?: Record<string, unknown>): string {
  return JSON.stringify({ time: new Date().toISOString(), level, service: "realtime", message, ...fields });
}
