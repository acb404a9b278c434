import { env } from "@/server/env.mjs";
import { logger } from "@/server/log";
import { createPusherPublisher, type RealtimePublisher } from "./publisher";

const globalForRealtime = globalThis as unknown as { realtimePublisher?: RealtimePublisher };

/** One publisher per process, configured from the environment (embedded server or a Pusher-compatible service). */
export function getRealtimePublisher(): RealtimePublisher {
  globalForRealtime.realtimePublisher ??= createPusherPublisher(env(), (msg, extra) => logger.warn(extra, msg));
  return globalForRealtime.realtimePublisher;
}
