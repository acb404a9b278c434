import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { captureLogs } from "@/server/log";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber, subscriberPrincipal, testContext } from "@/server/testing/fixtures";
import { authenticate } from "@/server/auth/authenticate";
import { LoginThrottle } from "@/server/auth/login-throttle";
import { resolvePrincipal } from "@/server/auth/resolve-principal";
import { deliverPendingMessages } from "@/server/domain/outbox/deliver-pending-messages";
import { developmentOutboxTransport } from "@/server/domain/outbox/message-transport";
import { createCaller } from "./root";

let testDb: TestDb;
const anonymous = () => createCaller({ ...testContext(testDb.db, null), ip: "192.0.2.44" });
const signInThrottle = () => new LoginThrottle({ maxFailuresPerAccount: 5, maxFailuresPerIp: 100, blockMinutes: 15 });

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`recovery procedures (${testDbLabel()})`, () => {
  it("recovers a password end to end: request, delivery to the development log, confirm", async () => {
    const account = await createSubscriber(testDb.db, { password: "old-password" });
    const receipt = await anonymous().recovery.request({ login: account.accountNumber, channel: "SMS" });
    expect(receipt).toEqual({ channel: "SMS", expiresInMinutes: 10 });

    const log = captureLogs();
    await deliverPendingMessages(testDb.db, developmentOutboxTransport({ revealBodies: true }), new Date());
    log.stop();
    const delivered = log.lines.find(
      (line) => line.event === "outbox.development_delivery" && line.recipient === account.phone,
    );
    const body = String(delivered?.body);
    const code = /\b(\d{6})\b/.exec(body)![1]!;
    expect(await testDb.db.outboxMessage.findFirstOrThrow({ where: { recipient: account.phone } })).toMatchObject({
      status: "SENT",
      body,
    });

    await expect(
      anonymous().recovery.confirm({ login: account.phone, code, newPassword: "recovered-1" }),
    ).resolves.toEqual({ ok: true });
    await expect(
      authenticate(testDb.db, signInThrottle(), { login: account.phone, password: "recovered-1", ip: null }),
    ).resolves.toBeDefined();
  });

  it("turns domain refusals into localized codes, never 401 or 403", async () => {
    await expect(anonymous().recovery.request({ login: "not a phone", channel: "SMS" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "INVALID_LOGIN" },
    });
    await expect(
      anonymous().recovery.confirm({ login: "+79990000001", code: "123456", newPassword: "long-enough" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "INVALID_CODE" },
    });
    await expect(anonymous().recovery.confirm({ token: "x.y", newPassword: "short" })).rejects.toMatchObject({
      cause: { code: "WEAK_PASSWORD" },
    });
    await expect(
      anonymous().recovery.request({ login: "+79990000001", channel: "FAX" as "SMS" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe(`account.changePassword (${testDbLabel()})`, () => {
  it("checks the current password, sets the new one and ends other sessions", async () => {
    const account = await createSubscriber(testDb.db, { password: "current-pass" });
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));

    await expect(
      caller.account.changePassword({ currentPassword: "wrong-pass", newPassword: "next-password" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      cause: { code: "WRONG_CURRENT_PASSWORD" },
    });
    await expect(
      caller.account.changePassword({ currentPassword: "current-pass", newPassword: "short" }),
    ).rejects.toMatchObject({
      cause: { code: "WEAK_PASSWORD" },
    });
    const result = await caller.account.changePassword({
      currentPassword: "current-pass",
      newPassword: "next-password",
    });
    expect(result).toEqual({ login: account.accountNumber });

    expect(await resolvePrincipal(testDb.db, { kind: "subscriber", id: account.id, sv: 0 })).toBeNull();
    const principal = await authenticate(testDb.db, signInThrottle(), {
      login: result.login,
      password: "next-password",
      ip: null,
    });
    expect(principal).toMatchObject({ accountId: account.id, sessionVersion: 1 });
    expect(
      await testDb.db.auditLogEntry.count({ where: { action: "auth.password_change", subjectAccountId: account.id } }),
    ).toBe(1);
    const events = await testDb.db.selfServiceEvent.findMany({
      where: { accountId: account.id, action: "password.change" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => [e.succeeded, e.errorCode])).toEqual([
      [false, "WRONG_CURRENT_PASSWORD"],
      [true, null],
    ]);
  });

  it("ends an open recovery code when the password is changed", async () => {
    const account = await createSubscriber(testDb.db, { password: "current-pass" });
    await anonymous().recovery.request({ login: account.phone, channel: "SMS" });
    await createCaller(testContext(testDb.db, subscriberPrincipal(account))).account.changePassword({
      currentPassword: "current-pass",
      newPassword: "changed-pass",
    });
    const reset = await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } });
    expect(reset.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("rate-limits guessing the current password like sign-in does", async () => {
    const account = await createSubscriber(testDb.db, { password: "current-pass" });
    const caller = createCaller(testContext(testDb.db, subscriberPrincipal(account)));
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      outcomes.push(
        await caller.account.changePassword({ currentPassword: `guess-${i}`, newPassword: "next-password" }).then(
          () => "ok",
          (error: { cause?: { code?: string } }) => error.cause?.code ?? "?",
        ),
      );
    }
    expect(outcomes.at(-1)).toBe("RATE_LIMITED");
    expect(outcomes.filter((o) => o === "WRONG_CURRENT_PASSWORD").length).toBeLessThanOrEqual(5);
  });
});
