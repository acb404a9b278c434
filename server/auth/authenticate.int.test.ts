import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber } from "@/server/testing/fixtures";
import { authenticate } from "./authenticate";
import { LoginThrottle } from "./login-throttle";
import { appErrorOf } from "@/server/testing/app-error-of";

let testDb: TestDb;
let accountId: string;
let staffId: string;
const newThrottle = () => new LoginThrottle({ maxFailuresPerAccount: 3, maxFailuresPerIp: 10, blockMinutes: 15 });

beforeAll(async () => {
  testDb = await createTestDb();
  const account = await createSubscriber(testDb.db, {
    phone: "+79001112233",
    accountNumber: "123456789",
    password: "right-pass",
  });
  accountId = account.id;
  staffId = (await createStaff(testDb.db, ["OPERATOR"], { email: "op@test.local", password: "staff-pass" })).id;
  await createStaff(testDb.db, ["OPERATOR"], { email: "gone@test.local", password: "staff-pass", isActive: false });
});
afterAll(() => testDb.close());

describe(`authenticate (${testDbLabel()})`, () => {
  it.each(["+79001112233", "8 (900) 111-22-33", "+7 900 111 22 33", "9001112233", "123456789"])(
    "signs a subscriber in with %s",
    async (login) => {
      const principal = await authenticate(testDb.db, newThrottle(), { login, password: "right-pass", ip: null });
      expect(principal).toEqual({ kind: "subscriber", accountId, sessionVersion: 0 });
    },
  );

  it("signs staff in by e-mail in any letter case, with their roles", async () => {
    const principal = await authenticate(testDb.db, newThrottle(), {
      login: "OP@test.local",
      password: "staff-pass",
      ip: null,
    });
    expect(principal).toEqual({ kind: "staff", staffId, roles: ["OPERATOR"], sessionVersion: 0 });
  });

  it("records the sign-in in the audit log", async () => {
    await authenticate(testDb.db, newThrottle(), { login: "123456789", password: "right-pass", ip: "192.0.2.5" });
    const entry = await testDb.db.auditLogEntry.findFirst({ where: { action: "auth.sign_in", ip: "192.0.2.5" } });
    expect(entry).toMatchObject({ actorKind: "SUBSCRIBER", actorAccountId: accountId, subjectAccountId: accountId });
  });

  it("fails the same way for a wrong password and an unknown login", async () => {
    const wrong = await appErrorOf(
      authenticate(testDb.db, newThrottle(), { login: "+79001112233", password: "nope", ip: null }),
    );
    const unknown = await appErrorOf(
      authenticate(testDb.db, newThrottle(), { login: "+79009999999", password: "nope", ip: null }),
    );
    const garbage = await appErrorOf(
      authenticate(testDb.db, newThrottle(), { login: "<script>", password: "nope", ip: null }),
    );
    expect([wrong.code, unknown.code, garbage.code]).toEqual([
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
      "INVALID_CREDENTIALS",
    ]);
    expect([wrong.details, unknown.details]).toEqual([undefined, undefined]);
  });

  it("refuses a disabled staff member even with the right password", async () => {
    const error = await appErrorOf(
      authenticate(testDb.db, newThrottle(), { login: "gone@test.local", password: "staff-pass", ip: null }),
    );
    expect(error.code).toBe("ACCOUNT_DISABLED");
  });

  it("rate-limits one account across every spelling of its login, even the right password", async () => {
    const throttle = newThrottle();
    for (const login of ["+79001112233", "89001112233", "123456789"]) {
      await appErrorOf(authenticate(testDb.db, throttle, { login, password: "guess", ip: null }));
    }
    const blocked = await appErrorOf(
      authenticate(testDb.db, throttle, { login: "9001112233", password: "right-pass", ip: null }),
    );
    expect(blocked.code).toBe("RATE_LIMITED");
  });

  it("rate-limits unknown logins exactly like known ones", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 3; i++)
      await appErrorOf(authenticate(testDb.db, throttle, { login: "+79008887766", password: "x", ip: null }));
    expect(
      (await appErrorOf(authenticate(testDb.db, throttle, { login: "+79008887766", password: "x", ip: null }))).code,
    ).toBe("RATE_LIMITED");
  });

  it("rate-limits one IP trying many logins", async () => {
    const throttle = newThrottle();
    for (let i = 0; i < 10; i++) {
      await appErrorOf(
        authenticate(testDb.db, throttle, {
          login: `+7900000${String(i).padStart(4, "0")}`,
          password: "x",
          ip: "198.51.100.9",
        }),
      );
    }
    const blocked = await appErrorOf(
      authenticate(testDb.db, throttle, { login: "op@test.local", password: "staff-pass", ip: "198.51.100.9" }),
    );
    expect(blocked.code).toBe("RATE_LIMITED");
  });
});
