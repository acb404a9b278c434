/**
 * Runs the realtime server as its own process: `npx tsx server/realtime/main.ts`.
 * Its settings are validated by server/env.mjs like the app's: PUSHER_APP_ID, PUSHER_KEY,
 * PUSHER_SECRET (required here), PUSHER_PORT, PUSHER_HOST (the address to listen on,
 * 127.0.0.1 by default) and the REALTIME_* limits. Logs JSON lines; stops cleanly on
 * SIGINT/SIGTERM.
 */
import { parseEnv } from "@/server/env.mjs";
import { jsonLogger } from "./logger";
import { createRealtimeServer } from "./server";

function fail(message: string, fields: Record<string, unknown>): never {
  jsonLogger.error(message, fields);
  process.exit(1);
}

let settings: ReturnType<typeof parseEnv>;
try {
  settings = parseEnv(process.env);
} catch (error) {
  fail("invalid environment", { error: error instanceof Error ? error.message : String(error) });
}
const secret = settings.PUSHER_SECRET ?? fail("missing environment variable", { name: "PUSHER_SECRET" });

const server = createRealtimeServer({
  appId: settings.PUSHER_APP_ID,
  key: settings.PUSHER_KEY,
  secret,
  port: settings.PUSHER_PORT,
  host: settings.PUSHER_HOST ?? "127.0.0.1",
  limits: {
    maxConnections: settings.REALTIME_MAX_CONNECTIONS,
    maxConnectionsPerIp: settings.REALTIME_MAX_CONNECTIONS_PER_IP,
    trustedProxyHops: settings.REALTIME_TRUSTED_PROXY_HOPS,
    maxSubscriptionsPerConnection: settings.REALTIME_MAX_SUBSCRIPTIONS_PER_CONNECTION,
    clientEventsPerSecond: settings.REALTIME_CLIENT_EVENTS_PER_SECOND,
  },
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
