import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { redisPageCacheStore } from "./page-cache-store";

// Runs where a Redis is given (CI sets TEST_REDIS_URL to this machine's Redis); db 14 keeps it apart.
const url = process.env.TEST_REDIS_URL;
const clients: Redis[] = [];
const connect = async (target: string) => {
  const client = new Redis(target, {
    db: 14,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined); // the unreachable case below is expected to fail
  clients.push(client);
  await new Promise((settled) => (client.once("ready", settled), client.once("end", settled)));
  return client;
};
afterAll(() => clients.forEach((c) => c.disconnect()));

describe.skipIf(!url)("page cache shared through Redis", () => {
  it("serves one instance's page to another until it expires, and clear drops it for all", async () => {
    const [a, b] = [redisPageCacheStore(await connect(url!), 1024), redisPageCacheStore(await connect(url!), 1024)];
    await a.set("ru:/", "<html>landing</html>", 60_000);
    await a.set("ru:/help?q=1", "<html>help</html>", 100);
    expect(await b.get("ru:/")).toBe("<html>landing</html>");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await b.get("ru:/help?q=1")).toBeNull();
    await b.clear();
    expect(await a.get("ru:/")).toBeNull();
  });

  it("does not send a page over its entry limit, counted in UTF-8 bytes as Redis keeps it", async () => {
    const store = redisPageCacheStore(await connect(url!), 1024);
    await store.set("ru:/help?q=big", "ж".repeat(513), 60_000); // 1,026 bytes
    await store.set("ru:/help?q=fits", "ж".repeat(512), 60_000);
    expect([await store.get("ru:/help?q=big"), (await store.get("ru:/help?q=fits"))?.length]).toEqual([null, 512]);
    await store.clear();
  });

  it("treats an unreachable Redis as a miss, not an error", async () => {
    const lonely = redisPageCacheStore(await connect("redis://127.0.0.1:1"), 1024);
    await lonely.set("ru:/", "<html></html>", 1_000);
    expect(await lonely.get("ru:/")).toBeNull();
    await expect(lonely.clear()).resolves.toBeUndefined();
  });
});
