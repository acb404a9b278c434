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
    const [a, b] = [redisPageCacheStore(await connect(url!)), redisPageCacheStore(await connect(url!))];
    await a.set("ru:/", "<html>landing</html>", 60_000);
    await a.set("ru:/help?q=1", "<html>help</html>", 100);
    expect(await b.get("ru:/")).toBe("<html>landing</html>");
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await b.get("ru:/help?q=1")).toBeNull();
    await b.clear();
    expect(await a.get("ru:/")).toBeNull();
  });

  it("treats an unreachable Redis as a miss, not an error", async () => {
    const lonely = redisPageCacheStore(await connect("redis://127.0.0.1:1"));
    await lonely.set("ru:/", "<html></html>", 1_000);
    expect(await lonely.get("ru:/")).toBeNull();
    await expect(lonely.clear()).resolves.toBeUndefined();
  });
});
