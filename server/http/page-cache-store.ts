import type { Redis } from "ioredis";

/** Where rendered public pages are kept for a few seconds: memory in one process, Redis when instances share it. */
export interface PageCacheStore {
  get(key: string): Promise<string | null>;
  set(key: string, html: string, ttlMs: number): Promise<void>;
  /** Drops every page: something they show (a banner) changed. */
  clear(): Promise<void>;
}

/** A page bigger than this share of the budget is served but not kept: one page must not push out dozens. */
const ENTRY_SHARE = 8;
export const maxEntryBytes = (budgetBytes: number) => Math.floor(budgetBytes / ENTRY_SHARE);

// What a page costs the heap: V8 keeps a string with any Cyrillic letter at two bytes a character.
const heapBytes = (key: string, html: string) => 2 * (key.length + html.length);

interface Entry {
  html: string;
  bytes: number;
  expiresAt: number;
}

/**
 * Bounded by the bytes its pages take, not by their number: help search keys are as many as the queries, and a
 * page weighs tens of kilobytes. The least recently used page goes first; an expired one as soon as it is read.
 */
export function memoryPageCacheStore(budgetBytes: number, now: () => number = Date.now): PageCacheStore {
  // A Map iterates in insertion order: re-inserting a page on each read keeps the least recently used first.
  const entries = new Map<string, Entry>();
  let total = 0;
  const drop = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    total -= entry.bytes;
  };
  return {
    async get(key) {
      const entry = entries.get(key);
      if (!entry) return null;
      drop(key);
      if (entry.expiresAt <= now()) return null;
      entries.set(key, entry);
      total += entry.bytes;
      return entry.html;
    },
    async set(key, html, ttlMs) {
      drop(key);
      const bytes = heapBytes(key, html);
      if (bytes > maxEntryBytes(budgetBytes)) return;
      entries.set(key, { html, bytes, expiresAt: now() + ttlMs });
      total += bytes;
      for (const [oldest] of entries) {
        if (total <= budgetBytes) break;
        drop(oldest);
      }
    },
    async clear() {
      entries.clear();
      total = 0;
    },
  };
}

const PREFIX = "page-cache:";

/**
 * Shared by every app instance; a Redis error is a miss (the page is rendered), never a failed request. Redis's own
 * maxmemory policy bounds the total; a page over the entry limit (UTF-8 bytes, as Redis keeps it) is not sent.
 */
export function redisPageCacheStore(redis: Redis, entryLimitBytes: number): PageCacheStore {
  return {
    get: (key) => redis.get(PREFIX + key).catch(() => null),
    async set(key, html, ttlMs) {
      if (Buffer.byteLength(html) > entryLimitBytes) return;
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
