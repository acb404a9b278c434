import { Redis } from "ioredis";
import { env } from "@/server/env.mjs";

const globalForRedis = globalThis as unknown as { redis?: Redis | null };

/**
 * The shared Redis connection when REDIS_URL is set (several app instances), else null
 * (one process: memory is enough). Commands fail fast instead of queueing while Redis is
 * away, so a limiter can fall back rather than hang a request.
 */
export function getRedis(): Redis | null {
  if (globalForRedis.redis !== undefined) return globalForRedis.redis;
  const url = env().REDIS_URL;
  globalForRedis.redis = url
    ? new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false })
    : null;
  return globalForRedis.redis;
}
