/**
 * The SMS gateway is down when a recovery code is requested: the code waits in the outbox,
 * goes out once the gateway is back (on the retry schedule, never earlier, exactly once),
 * and still opens the account. outbox.int.test.ts covers the schedule itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { LoginThrottle } from "@/server/auth/login-throttle";
import { confirmPasswordReset } from "@/server/domain/recovery/confirm-password-reset";
import { RecoveryThrottle } from "@/server/domain/recovery/recovery-throttle";
import { requestPasswordReset } from "@/server/domain/recovery/request-password-reset";
import { createSubscriber } from "@/server/testing/fixtures";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { deliverPendingMessages } from "./deliver-pending-messages";
import type { MessageTransport, TransportMessage } from "./message-transport";
import { retryDelaySeconds } from "./retry-schedule";

let testDb: TestDb;
beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

const roomy = { requestsPerAccount: 100, requestsPerIp: 100, confirmFailuresPerIp: 100, windowMinutes: 60 };
const later = (base: Date, seconds: number) => new Date(base.getTime() + seconds * 1000);

/** Refuses the first `failures` sends, then delivers; remembers when each try happened. */
function gatewayDownFor(failures: number) {
  const tries: Date[] = [];
  const delivered: TransportMessage[] = [];
  let now = new Date(0);
  const transport: MessageTransport = {
    async send(message) {
      tries.push(now);
      if (tries.length <= failures) throw new Error("gateway unavailable");
      delivered.push(message);
    },
  };
  return { transport, tries, delivered, at: (time: Date) => (now = time) };
}

describe(`outbox during a gateway outage (${testDbLabel()})`, () => {
  it("sends a recovery code once after three refusals, on the backoff schedule, and the code still works", async () => {
    const account = await createSubscriber(testDb.db, { password: "forgotten-password" });
    const requested = new Date();
    await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: account.phone,
      channel: "SMS",
      ip: null,
      now: requested,
    });
    const gateway = gatewayDownFor(3);

    // The delivery loop ticks every 5 s for 8 minutes.
    for (let tick = 0; tick <= 96; tick++) {
      const now = later(requested, tick * 5);
      gateway.at(now);
      await deliverPendingMessages(testDb.db, gateway.transport, now);
    }

    expect(gateway.tries).toHaveLength(4);
    expect(gateway.delivered).toHaveLength(1);
    // Each retry waits at least its backoff, and comes at the first tick after it is due.
    for (let i = 1; i < gateway.tries.length; i++) {
      const waited = (gateway.tries[i]!.getTime() - gateway.tries[i - 1]!.getTime()) / 1000;
      expect(waited).toBeGreaterThanOrEqual(retryDelaySeconds(i));
      expect(waited).toBeLessThan(retryDelaySeconds(i) + 5);
    }
    const row = await testDb.db.outboxMessage.findFirstOrThrow({ where: { recipient: account.phone } });
    expect(row).toMatchObject({ status: "SENT", attempts: 4, lastError: null });
    expect(row.sentAt).toEqual(gateway.tries[3]);

    // The subscriber types the code from the SMS that finally arrived.
    const code = /\b(\d{6})\b/.exec(gateway.delivered[0]!.body)?.[1];
    expect(code).toBeDefined();
    const receivedAt = gateway.tries[3]!;
    const throttles = {
      recovery: new RecoveryThrottle(roomy),
      login: new LoginThrottle({ maxFailuresPerAccount: 3, maxFailuresPerIp: 100, blockMinutes: 15 }),
    };
    await confirmPasswordReset(testDb.db, throttles, {
      login: account.phone,
      code: code!,
      newPassword: "remembered-password",
      ip: null,
      now: later(receivedAt, 30),
    });
    const principal = await authenticate(testDb.db, throttles.login, {
      login: account.phone,
      password: "remembered-password",
      ip: null,
    });
    expect(principal).toMatchObject({ kind: "subscriber", accountId: account.id });
  });

  it("sends a message again when the instance sending it died mid-send, after the claim lease", async () => {
    const account = await createSubscriber(testDb.db);
    const start = new Date();
    await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: account.phone,
      channel: "SMS",
      ip: null,
      now: start,
    });
    // The first instance claims the message and never returns from the gateway (it died).
    const hung: MessageTransport = { send: () => new Promise(() => {}) };
    const claimAt = later(start, 2); // the row's own nextAttemptAt is the database clock at insert
    void deliverPendingMessages(testDb.db, hung, claimAt);
    const claimed = () => testDb.db.outboxMessage.findFirstOrThrow({ where: { recipient: account.phone } });
    for (let i = 0; i < 200 && (await claimed()).attempts === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await claimed()).toMatchObject({ status: "PENDING", attempts: 1 });

    const healthy = gatewayDownFor(0);
    expect((await deliverPendingMessages(testDb.db, healthy.transport, later(claimAt, 60))).sent).toBe(0);
    expect((await deliverPendingMessages(testDb.db, healthy.transport, later(claimAt, 5 * 60 + 1))).sent).toBe(1);
    expect(healthy.delivered.map((m) => m.recipient)).toEqual([account.phone]);
    expect(await claimed()).toMatchObject({ status: "SENT", attempts: 2 });
  });
});
