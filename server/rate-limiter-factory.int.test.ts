import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { LoginThrottle } from "@/server/auth/login-throttle";
import { appErrorOf } from "@/server/testing/app-error-of";
import { redisLimiter } from "./rate-limiter-factory";

// Runs where a Redis is given (CI sets TEST_REDIS_URL to this machine's Redis).
const url = process.env.TEST_REDIS_URL;
const settings = { maxFailuresPerAccount: 3, maxFailuresPerIp: 100, blockMinutes: 1 };
const clients: Redis[] = [];
const connect = (target: string) => {
  const client = new Redis(target, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: false,
    retryStrategy: () => null,
  });
  client.on("error", () => undefined); // the unreachable case below is expected to fail
  clients.push(client);
  return client;
};
afterAll(() => clients.forEach((c) => c.disconnect()));

describe.skipIf(!url)("rate limits shared through Redis", () => {
  it("counts sign-in failures across app instances: three on one, refused on the other", async () => {
    const [a, b] = [connect(url!), connect(url!)];
    await Promise.all([a, b].map((c) => new Promise((ready) => c.once("ready", ready))));
    const first = new LoginThrottle(settings, redisLimiter(a));
    const second = new LoginThrottle(settings, redisLimiter(b));
    const login = `login-${randomUUID()}`;
    await first.assertAllowed(login, null);
    for (let i = 0; i < 3; i++) await (i % 2 ? second : first).recordFailure(login, null);
    expect((await appErrorOf(second.assertAllowed(login, null))).code).toBe("RATE_LIMITED");
    expect((await appErrorOf(first.assertAllowed(login, null))).code).toBe("RATE_LIMITED");
    await first.recordSuccess(login);
    await expect(second.assertAllowed(login, null)).resolves.toBeUndefined();
  });

  it("keeps limiting in memory when Redis cannot be reached", async () => {
    const lonely = new LoginThrottle(settings, redisLimiter(connect("redis://127.0.0.1:1")));
    const login = `login-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await lonely.recordFailure(login, null);
    expect((await appErrorOf(lonely.assertAllowed(login, null))).code).toBe("RATE_LIMITED");
  });
});
