import { Redis } from "ioredis";

/** A Redis database of its own (`index`), emptied first, so limits and pages from an earlier run do not leak in. */
export async function freshRedisDatabase(url: string, index: number): Promise<string> {
  const scoped = new URL(url);
  scoped.pathname = `/${index}`;
  const redis = new Redis(scoped.toString());
  try {
    await redis.flushdb();
  } finally {
    redis.disconnect();
  }
  return scoped.toString();
}
