import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { authenticate } from "@/server/auth/authenticate";
import { clientIpFromHeaders } from "@/server/auth/client-ip";
import { LoginThrottle } from "@/server/auth/login-throttle";
import { isAppError } from "@/server/domain/errors";
import { createAppFront } from "./app-front";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const MAX_FAILURES_PER_IP = 10;

/**
 * `npm start`'s front over real HTTP, in front of a tiny handler that signs in as next-auth's authorize does:
 * the client address from the forwarded chain, the real throttle, the real password check.
 */
async function startFront(trustedHops: number) {
  const throttle = new LoginThrottle({
    maxFailuresPerAccount: 5,
    maxFailuresPerIp: MAX_FAILURES_PER_IP,
    blockMinutes: 15,
  });
  const server = createAppFront(async (req, res) => {
    const login = new URL(req.url ?? "/", "http://front").searchParams.get("login") ?? "";
    const ip = clientIpFromHeaders(req.headers, trustedHops);
    const outcome = await authenticate(testDb.db, throttle, { login, password: "wrong-password", ip }).then(
      () => "SIGNED_IN",
      (error: unknown) => (isAppError(error) ? error.code : "INTERNAL"),
    );
    res.end(JSON.stringify({ outcome, ip }));
  }, trustedHops);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  let attempt = 0;
  /** One sign-in with a login of its own (so only the per-IP limit can refuse it), from a loopback address. */
  const signIn = (options: { forwardedFor?: string; from?: string } = {}) =>
    new Promise<{ outcome: string; ip: string }>((resolve, reject) => {
      const login = `+7999${String(++attempt).padStart(7, "0")}`;
      const request = http.get(
        {
          host: "127.0.0.1",
          port,
          path: `/?login=${encodeURIComponent(login)}`,
          localAddress: options.from ?? "127.0.0.1",
          headers: options.forwardedFor ? { "x-forwarded-for": options.forwardedFor } : {},
          agent: false,
        },
        (response) => {
          let body = "";
          response.on("data", (chunk: Buffer) => (body += chunk.toString()));
          response.on("end", () => resolve(JSON.parse(body) as { outcome: string; ip: string }));
        },
      );
      request.on("error", reject);
    });
  return { signIn, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

const madeUp = (i: number) => `203.0.113.${i + 1}`;

async function acceptedOf(attempts: Array<Promise<{ outcome: string }>>): Promise<number> {
  const outcomes = await Promise.all(attempts);
  return outcomes.filter((answer) => answer.outcome !== "RATE_LIMITED").length;
}

describe(`the start command's HTTP front and the per-IP sign-in limit (${testDbLabel()})`, () => {
  it("with no proxy configured, a client-written X-Forwarded-For neither resets the limit nor names the client", async () => {
    const front = await startFront(0);
    try {
      for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
        expect(await front.signIn()).toEqual({ outcome: "INVALID_CREDENTIALS", ip: "127.0.0.1" });
      }
      const spoofed = Array.from({ length: 20 }, (_, i) => front.signIn({ forwardedFor: madeUp(i) }));
      expect(await acceptedOf(spoofed)).toBe(0);
      expect(await front.signIn({ forwardedFor: "198.51.100.1, 198.51.100.2" })).toEqual({
        outcome: "RATE_LIMITED",
        ip: "127.0.0.1",
      });
      // The control: another socket address still gets its password checked.
      expect(await front.signIn({ from: "127.0.0.2", forwardedFor: madeUp(0) })).toEqual({
        outcome: "INVALID_CREDENTIALS",
        ip: "127.0.0.2",
      });
    } finally {
      await front.close();
    }
  });

  it("with one proxy configured, the address it appended counts and whatever the client wrote before it does not", async () => {
    const front = await startFront(1);
    try {
      // This test plays the proxy: it appends the client address it saw, the front appends the proxy's socket.
      const client = "198.51.100.7";
      for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
        expect(await front.signIn({ forwardedFor: client })).toEqual({ outcome: "INVALID_CREDENTIALS", ip: client });
      }
      const spoofed = Array.from({ length: 20 }, (_, i) => front.signIn({ forwardedFor: `${madeUp(i)}, ${client}` }));
      expect(await acceptedOf(spoofed)).toBe(0);
      // The control: another client behind the same proxy is not blocked.
      expect(await front.signIn({ forwardedFor: `${madeUp(0)}, 198.51.100.8` })).toEqual({
        outcome: "INVALID_CREDENTIALS",
        ip: "198.51.100.8",
      });
    } finally {
      await front.close();
    }
  });
});
