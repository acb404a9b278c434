import type { Redis } from "ioredis";

/** Where rendered public pages are kept for a few seconds: memory in one process, Redis when instances share it. */
export interface PageCacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, html: string, ttlMs: number): Promise<void>;
  /** Drops every page: something they show (a banner) changed. */
  clear(): Promise<void>;
}

/** Bounded by entry count; the oldest entry goes first (help search keys are as many as the queries). */
export function memoryPageCacheStore(maxEntries = 500, now: () => number = Date.now): PageCacheStore {
  const entries = new Map<string, { html: string; expiresAt: number }>();
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expiresAt > now()) return entry.html;
      entries.delete(key);
      return null;
    },
    async set(key, html, ttlMs) {
      entries.delete(key);
      entries.set(key, { html, expiresAt: now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
    async clear() {
      entries.clear();
    },
  };
}

const PREFIX = "page-cache:";

/** Shared by every app instance; a Redis error is a miss (the page is rendered), never a failed request. */
export function redisPageCacheStore(redis: Redis): PageCacheStore {
  return {
    get: (key) => redis.get(PREFIX + key).catch(() => null),
    async set(key, html, ttlMs) {
      await redis.set(PREFIX + key, html, "PX", ttlMs).catch(() => undefined);
    },
    async clear() {
      try {
        const stream = redis.scanStream({ match: `${PREFIX}*`, count: 500 });
        for await (const keys of stream as AsyncIterable<string[]>) if (keys.length) await redis.unlink(...keys);
      } catch {
        // Redis away: the pages expire on their own within PUBLIC_PAGE_CACHE_SECONDS.
      }
    },
  };
}
