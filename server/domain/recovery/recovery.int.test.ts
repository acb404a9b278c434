import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { AppError } from "@/server/domain/errors";
import { authenticate } from "@/server/auth/authenticate";
import { LoginThrottle } from "@/server/auth/login-throttle";
import { resolvePrincipal } from "@/server/auth/resolve-principal";
import { confirmPasswordReset, type ResetProof } from "./confirm-password-reset";
import { requestPasswordReset } from "./request-password-reset";
import { RecoveryThrottle } from "./recovery-throttle";
import { appErrorOf } from "@/server/testing/app-error-of";

let testDb: TestDb;
const roomy = { requestsPerAccount: 100, requestsPerIp: 100, confirmFailuresPerIp: 100, windowMinutes: 60 };
const throttles = () => ({ recovery: new RecoveryThrottle(roomy), login: newLoginThrottle() });
const newLoginThrottle = () => new LoginThrottle({ maxFailuresPerAccount: 3, maxFailuresPerIp: 100, blockMinutes: 15 });
const minutes = (base: Date, m: number) => new Date(base.getTime() + m * 60_000);

async function newAccount(opts: { email?: string | null } = {}) {
  const account = await createSubscriber(testDb.db, { password: "old-password" });
  if (opts.email !== undefined)
    await testDb.db.subscriberAccount.update({ where: { id: account.id }, data: { email: opts.email } });
  return account;
}

/** Requests an SMS code and reads it back from the outbox, as a phone would. */
async function smsCodeFor(phone: string, now = new Date(), login = phone) {
  await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), { login, channel: "SMS", ip: null, now });
  const message = await testDb.db.outboxMessage.findFirstOrThrow({
    where: { recipient: phone },
    orderBy: { createdAt: "desc" },
  });
  const code = /\b(\d{6})\b/.exec(message.body)?.[1];
  if (!code) throw new Error(`no code in ${message.body}`);
  return { code, message };
}

const confirm = (proof: ResetProof, newPassword: string, now = new Date(), t = throttles()) =>
  confirmPasswordReset(testDb.db, t, { ...proof, newPassword, ip: "198.51.100.20", now });

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`password recovery (${testDbLabel()})`, () => {
  it("sends a code by SMS, sets the new password with it and signs out every session", async () => {
    const account = await newAccount();
    const { code, message } = await smsCodeFor(
      account.phone,
      new Date(),
      `8 ${account.phone.slice(2, 5)} ${account.phone.slice(5)}`,
    );
    expect(message).toMatchObject({ channel: "SMS", status: "PENDING", recipient: account.phone });
    expect(message.body).toContain("Код для восстановления пароля");
    const stored = await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } });
    expect(stored.codeHash).not.toContain(code);

    await confirm({ login: account.accountNumber, code }, "brand-new-password");

    const principal = await authenticate(testDb.db, newLoginThrottle(), {
      login: account.phone,
      password: "brand-new-password",
      ip: null,
    });
    expect(principal).toMatchObject({ kind: "subscriber", accountId: account.id, sessionVersion: 1 });
    expect(await resolvePrincipal(testDb.db, { kind: "subscriber", id: account.id, sv: 0 })).toBeNull();
    expect(
      await appErrorOf(
        authenticate(testDb.db, newLoginThrottle(), { login: account.phone, password: "old-password", ip: null }),
      ),
    ).toMatchObject({ code: "INVALID_CREDENTIALS" });
    const audit = await testDb.db.auditLogEntry.findFirstOrThrow({
      where: { action: "auth.password_reset", subjectAccountId: account.id },
    });
    expect(audit).toMatchObject({ actorKind: "SUBSCRIBER", ip: "198.51.100.20", details: { channel: "SMS" } });
  });

  it("accepts a code only once", async () => {
    const account = await newAccount();
    const { code } = await smsCodeFor(account.phone);
    await confirm({ login: account.phone, code }, "first-new-password");
    expect((await appErrorOf(confirm({ login: account.phone, code }, "second-new-password"))).code).toBe(
      "INVALID_CODE",
    );
    await expect(
      authenticate(testDb.db, newLoginThrottle(), { login: account.phone, password: "first-new-password", ip: null }),
    ).resolves.toBeDefined();
  });

  it("refuses a code after 10 minutes", async () => {
    const account = await newAccount();
    const sentAt = new Date();
    const { code } = await smsCodeFor(account.phone, sentAt);
    expect(
      (await appErrorOf(confirm({ login: account.phone, code }, "late-password", minutes(sentAt, 10.01)))).code,
    ).toBe("INVALID_CODE");
    await expect(
      confirm({ login: account.phone, code }, "in-time-password", minutes(sentAt, 9.9)),
    ).resolves.toBeUndefined();
  });

  it("allows 5 attempts per code, then refuses even the right one", async () => {
    const account = await newAccount();
    const { code } = await smsCodeFor(account.phone);
    const wrong = code === "000000" ? "111111" : "000000";
    const t = throttles();
    for (let i = 0; i < 4; i++)
      expect(
        (await appErrorOf(confirm({ login: account.phone, code: wrong }, "new-password-x", new Date(), t))).code,
      ).toBe("INVALID_CODE");
    expect(
      (await appErrorOf(confirm({ login: account.phone, code: wrong }, "new-password-x", new Date(), t))).code,
    ).toBe("INVALID_CODE");
    expect((await appErrorOf(confirm({ login: account.phone, code }, "new-password-x", new Date(), t))).code).toBe(
      "INVALID_CODE",
    );
    expect((await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } })).attempts).toBe(5);
  });

  it("counts parallel guesses atomically, never past the limit", async () => {
    const account = await newAccount();
    await smsCodeFor(account.phone);
    const guesses = Array.from({ length: 12 }, (_, i) =>
      confirm({ login: account.phone, code: String(900000 + i) }, "guessed-password"),
    );
    await Promise.allSettled(guesses);
    expect((await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } })).attempts).toBe(5);
  });

  it("lets only the newest code work", async () => {
    const account = await newAccount();
    const first = await smsCodeFor(account.phone);
    const second = await smsCodeFor(account.phone);
    if (first.code !== second.code) {
      expect(
        (await appErrorOf(confirm({ login: account.phone, code: first.code }, "password-from-old-code"))).code,
      ).toBe("INVALID_CODE");
    }
    await expect(
      confirm({ login: account.phone, code: second.code }, "password-from-new-code"),
    ).resolves.toBeUndefined();
  });

  it("answers an unknown account exactly like a known one, and writes nothing", async () => {
    const known = await newAccount();
    const now = new Date();
    const before = await testDb.db.outboxMessage.count();
    const forUnknown = await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: "+79990001122",
      channel: "SMS",
      ip: null,
      now,
    });
    expect(await testDb.db.outboxMessage.count()).toBe(before);
    expect(await testDb.db.passwordResetCode.count({ where: { account: { phone: "+79990001122" } } })).toBe(0);
    const forKnown = await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: known.phone,
      channel: "SMS",
      ip: null,
      now,
    });
    expect(forUnknown).toEqual(forKnown);
    expect((await appErrorOf(confirm({ login: "+79990001122", code: "123456" }, "whatever-password"))).code).toBe(
      "INVALID_CODE",
    );
  });

  it("refuses what is not a phone or an account number", async () => {
    for (const login of ["<script>", "operator@demo.local", "12345"]) {
      const error = await appErrorOf(
        requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
          login,
          channel: "SMS",
          ip: null,
          now: new Date(),
        }),
      );
      expect(error.code).toBe("INVALID_LOGIN");
    }
  });

  it("rate-limits requests per account, across spellings, and unknown logins alike", async () => {
    const account = await newAccount();
    const throttle = new RecoveryThrottle({ ...roomy, requestsPerAccount: 2 });
    const request = (login: string) =>
      requestPasswordReset(testDb.db, throttle, { login, channel: "SMS", ip: null, now: new Date() });
    await request(account.phone);
    await request(account.accountNumber);
    expect((await appErrorOf(request(`8${account.phone.slice(2)}`))).code).toBe("RATE_LIMITED");
    expect(await testDb.db.outboxMessage.count({ where: { recipient: account.phone } })).toBe(2);
    await request("+79990003344");
    await request("89990003344");
    expect((await appErrorOf(request("+79990003344"))).code).toBe("RATE_LIMITED");
  });

  it("rate-limits requests and wrong codes per IP", async () => {
    const throttle = new RecoveryThrottle({ ...roomy, requestsPerIp: 2, confirmFailuresPerIp: 2 });
    const ip = "198.51.100.77";
    for (const login of ["+79990005501", "+79990005502"])
      await requestPasswordReset(testDb.db, throttle, { login, channel: "SMS", ip, now: new Date() });
    expect(
      (
        await appErrorOf(
          requestPasswordReset(testDb.db, throttle, { login: "+79990005503", channel: "SMS", ip, now: new Date() }),
        )
      ).code,
    ).toBe("RATE_LIMITED");
    const t = { recovery: throttle, login: newLoginThrottle() };
    const wrongCode = (login: string) =>
      confirmPasswordReset(testDb.db, t, { login, code: "123456", newPassword: "new-password-1", ip, now: new Date() });
    await appErrorOf(wrongCode("+79990005501"));
    await appErrorOf(wrongCode("+79990005502"));
    expect((await appErrorOf(wrongCode("+79990005503"))).code).toBe("RATE_LIMITED");
  });

  it("refuses a too short or too long new password before spending an attempt", async () => {
    const account = await newAccount();
    const { code } = await smsCodeFor(account.phone);
    for (const weak of ["short", "x".repeat(129)]) {
      expect(await appErrorOf(confirm({ login: account.phone, code }, weak))).toEqual(
        new AppError("WEAK_PASSWORD", { min: 8, max: 128 }),
      );
    }
    expect((await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } })).attempts).toBe(0);
    await expect(confirm({ login: account.phone, code }, "exactly8")).resolves.toBeUndefined();
  });

  it("sends an e-mail link with a long token, and the link sets the password", async () => {
    const account = await newAccount({ email: "reader@example.com" });
    await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: account.phone,
      channel: "EMAIL",
      ip: null,
      now: new Date(),
    });
    const message = await testDb.db.outboxMessage.findFirstOrThrow({ where: { recipient: "reader@example.com" } });
    expect(message).toMatchObject({ channel: "EMAIL", subject: "Восстановление пароля" });
    const link = /(https?:\/\/\S+\/recover\/confirm\?token=\S+)/.exec(message.body)?.[1];
    expect(link).toBeDefined();
    const token = new URL(link!).searchParams.get("token")!;
    expect(token.length).toBeGreaterThan(60);

    expect((await appErrorOf(confirm({ token: `${token.slice(0, -2)}xx` }, "link-password"))).code).toBe(
      "INVALID_CODE",
    );
    await confirm({ token }, "link-password");
    await expect(
      authenticate(testDb.db, newLoginThrottle(), {
        login: account.accountNumber,
        password: "link-password",
        ip: null,
      }),
    ).resolves.toMatchObject({ sessionVersion: 1 });
    expect((await appErrorOf(confirm({ token }, "link-password-again"))).code).toBe("INVALID_CODE");
  });

  it("does not send e-mail to an account without an address, with the same answer", async () => {
    const account = await newAccount({ email: null });
    const receipt = await requestPasswordReset(testDb.db, new RecoveryThrottle(roomy), {
      login: account.phone,
      channel: "EMAIL",
      ip: null,
      now: new Date(),
    });
    expect(receipt).toEqual({ channel: "EMAIL", expiresInMinutes: 10 });
    expect(await testDb.db.passwordResetCode.count({ where: { accountId: account.id } })).toBe(0);
  });

  it("a code does not open an e-mail link and a link is no SMS code", async () => {
    const account = await newAccount({ email: "both@example.com" });
    const { code, message } = await smsCodeFor(account.phone);
    const reset = await testDb.db.passwordResetCode.findFirstOrThrow({ where: { accountId: account.id } });
    expect(message.body).toContain(code);
    expect((await appErrorOf(confirm({ token: `${reset.id}.${code}` }, "mixed-password"))).code).toBe("INVALID_CODE");
  });

  it("lets someone locked out by failed sign-ins in again after recovery", async () => {
    const account = await newAccount();
    const login = newLoginThrottle();
    for (let i = 0; i < 3; i++)
      await appErrorOf(authenticate(testDb.db, login, { login: account.phone, password: "guess", ip: null }));
    const { code } = await smsCodeFor(account.phone);
    await confirm({ login: account.phone, code }, "after-lockout", new Date(), {
      recovery: new RecoveryThrottle(roomy),
      login,
    });
    await expect(
      authenticate(testDb.db, login, { login: account.phone, password: "after-lockout", ip: null }),
    ).resolves.toBeDefined();
  });
});
