import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { env } from "@/server/env.mjs";
import type { Principal } from "@/server/auth/principal";
import { CHAT_STARTS_PER_SESSION } from "./chat-start-limits";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

/** chat.start as a browser calls it: from a client address, with a session key (the proxy signed it). */
function caller(ip: string, sessionKey: string | null = randomUUID(), principal: Principal | null = null) {
  return createCaller({ ...testContext(testDb.db, principal), ip, visitorSessionKey: sessionKey });
}

/** How a refused start reaches the client: RATE_LIMITED through the error table, with when to try again. */
async function refusalOf(call: Promise<unknown>) {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return { code: error.code, message: error.message, retry: (error.cause as { details?: unknown })?.details };
}

const rateLimited = {
  code: "TOO_MANY_REQUESTS",
  message: "RATE_LIMITED",
  retry: { retryAfterSeconds: expect.any(Number) },
};

describe(`chat starts are limited (${testDbLabel()})`, () => {
  it("one client address opens at most the hourly number of visitor chats, however many sessions it makes up", async () => {
    const perHour = env().CHAT_STARTS_PER_IP_PER_HOUR;
    const flooder = "198.51.100.10";
    let accepted = 0;
    for (let i = 0; i < 200; i++) {
      const started = await caller(flooder)
        .chat.start({ kind: "SALES", topic: "Роуминг" })
        .then(
          () => true,
          () => false,
        );
      if (started) accepted++;
    }
    expect(accepted).toBe(perHour);
    expect(await refusalOf(caller(flooder).chat.start({ kind: "SALES" }))).toEqual(rateLimited);
    expect(await testDb.db.chat.count({ where: { kind: "SALES", state: { not: "CLOSED" } } })).toBe(perHour);

    // Other clients are not held back, and neither is a signed-in subscriber behind the same address (limited by account).
    expect((await caller("198.51.100.11").chat.start({ kind: "SALES" })).state).toBe("QUEUED");
    const account = await createSubscriber(testDb.db);
    const subscriber = caller(flooder, randomUUID(), subscriberPrincipal(account));
    expect((await subscriber.chat.start({ kind: "SUPPORT" })).state).toBe("BOT");
  });

  it("one session opens a few new chats at most, while reopening its open chat costs nothing", async () => {
    const session = randomUUID();
    // A different address each time: only the session limit can refuse.
    const from = (i: number) => caller(`198.51.100.${100 + i}`, session);
    for (let i = 0; i < CHAT_STARTS_PER_SESSION.points; i++) {
      const chat = await from(i).chat.start({ kind: "SUPPORT" });
      expect((await from(i).chat.start({ kind: "SUPPORT" })).id).toBe(chat.id);
      await from(i).chat.close({ chatId: chat.id });
    }
    expect(await refusalOf(from(50).chat.start({ kind: "SUPPORT" }))).toEqual(rateLimited);
  });

  it("holds a subscriber account to the same number of new chats", async () => {
    const account = await createSubscriber(testDb.db);
    const from = (i: number) => caller(`198.51.100.${200 + i}`, randomUUID(), subscriberPrincipal(account));
    for (let i = 0; i < CHAT_STARTS_PER_SESSION.points; i++) {
      const chat = await from(i).chat.start({ kind: "SUPPORT" });
      await from(i).chat.close({ chatId: chat.id });
    }
    expect(await refusalOf(from(50).chat.start({ kind: "SUPPORT" }))).toEqual(rateLimited);
  });

  it("refuses a visitor without a session (an unsigned or forged cookie reads as none)", async () => {
    expect(await refusalOf(caller("198.51.100.12", null).chat.start({ kind: "SUPPORT" }))).toMatchObject({
      code: "UNAUTHORIZED",
      message: "UNAUTHENTICATED",
    });
  });
});
