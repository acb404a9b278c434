import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { Redis } from "ioredis";
import { getRedis } from "@/server/redis";

export type MakeLimiter = (keyPrefix: string, points: number, durationSeconds: number) => RateLimiterAbstract;

export const memoryLimiter: MakeLimiter = (keyPrefix, points, duration) =>
  new RateLimiterMemory({ keyPrefix, points, duration });

/**
 * Limits shared by every app instance through Redis. If Redis is unreachable, each
 * instance keeps counting in memory (the insurance limiter) instead of failing requests.
 */
export function redisLimiter(redis: Redis): MakeLimiter {
  return (keyPrefix, points, duration) =>
    new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `portal:${keyPrefix}`,
      points,
      duration,
      insuranceLimiter: memoryLimiter(keyPrefix, points, duration) as RateLimiterMemory,
    });
}

/** Redis when REDIS_URL is set, memory otherwise. */
export function limiterForEnvironment(): MakeLimiter {
  const redis = getRedis();
  return redis ? redisLimiter(redis) : memoryLimiter;
}
