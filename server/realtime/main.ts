/**
 * Runs the realtime server as its own process: `npx tsx server/realtime/main.ts`.
 * Reads PUSHER_APP_ID, PUSHER_KEY, PUSHER_SECRET (required), PUSHER_PORT (6001) and
 * PUSHER_HOST (127.0.0.1); logs JSON lines; stops cleanly on SIGINT/SIGTERM.
 */
import { jsonLogger } from "./logger";
import { createRealtimeServer } from "./server";

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    jsonLogger.error("missing environment variable", { name });
    process.exit(1);
  }
  return value;
}

const port = Number(process.env.PUSHER_PORT ?? 6001);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  jsonLogger.error("invalid PUSHER_PORT", { value: process.env.PUSHER_PORT });
  process.exit(1);
}

const server = createRealtimeServer({
  appId: requiredEnv("PUSHER_APP_ID"),
  key: requiredEnv("PUSHER_KEY"),
  secret: requiredEnv("PUSHER_SECRET"),
  port,
  host: process.env.PUSHER_HOST ?? "127.0.0.1",
  logger: jsonLogger, // the server logs the single "listening" line itself
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  jsonLogger.info("shutting down", { signal });
  await server.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));

try {
  await server.start();
} catch (error) {
  jsonLogger.error("failed to start", { error: error instanceof Error ? error.message : String(error) });
  process.exit(1);
}
