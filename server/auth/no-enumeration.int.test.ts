import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, createSubscriber, testContext } from "@/server/testing/fixtures";
import { appErrorOf } from "@/server/testing/app-error-of";
import { createCaller } from "@/server/api/root";
import { RECOVERY_ANSWER_FLOOR_MS } from "@/server/api/routers/recovery/request";
import { authenticate } from "./authenticate";
import { LoginThrottle } from "./login-throttle";

/**
 * Answers are compared in the authenticate and recovery tests; here the time they take: an unknown
 * login must cost about what a known one costs, or response times would tell who is a subscriber.
 */
let testDb: TestDb;
const RUNS = 7;
const roomyLogin = () => new LoginThrottle({ maxFailuresPerAccount: 1_000, maxFailuresPerIp: 1_000, blockMinutes: 1 });

/** Medians of the two kinds of attempt, run in turns so that load on a shared machine hits both alike. */
async function medians(known: (i: number) => Promise<unknown>, unknown: (i: number) => Promise<unknown>) {
  await known(RUNS);
  await unknown(RUNS);
  const times = { known: [] as number[], unknown: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    for (const [kind, run] of [
      ["known", known],
      ["unknown", unknown],
    ] as const) {
      const started = performance.now();
      await run(i);
      times[kind].push(performance.now() - started);
    }
  }
  const median = (list: number[]) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!;
  return { known: median(times.known), unknown: median(times.unknown) };
}
const ratio = ({ known, unknown }: { known: number; unknown: number }) =>
  Math.max(known, unknown) / Math.min(known, unknown);
const describeTimes = ({ known, unknown }: { known: number; unknown: number }) =>
  `known ${known.toFixed(1)} ms, unknown ${unknown.toFixed(1)} ms`;

beforeAll(async () => {
  testDb = await createTestDb();
});
afterAll(() => testDb.close());

describe(`no account enumeration by timing (${testDbLabel()})`, () => {
  it("spends the same password hashing on an unknown login as on a wrong password", async () => {
    const { phone } = await createSubscriber(testDb.db, { password: "right-pass" });
    await createStaff(testDb.db, ["OPERATOR"], { email: "known@test.local" });
    const attempt = (login: string) => () =>
      appErrorOf(authenticate(testDb.db, roomyLogin(), { login, password: "wrong-pass", ip: null }));
    // argon2 (tens of ms) dominates; skipping it for unknown logins would make them about ten times faster.
    for (const times of [
      await medians(attempt(phone), attempt("+79990007788")),
      await medians(attempt("known@test.local"), attempt("nobody@test.local")),
    ]) {
      expect(ratio(times), describeTimes(times)).toBeLessThan(2.5);
    }
  });

  it("answers a recovery request for an unknown number no sooner than for a known one", async () => {
    // Fresh accounts and addresses, so no limit cuts a known request short of its database write.
    const accounts = await Promise.all(Array.from({ length: RUNS + 1 }, () => createSubscriber(testDb.db)));
    const request = (login: string, i: number) =>
      createCaller({ ...testContext(testDb.db, null), ip: `198.51.100.${i + 10}` }).recovery.request({
        login,
        channel: "SMS",
      });
    const times = await medians(
      (i) => request(accounts[i]!.phone, i),
      (i) => request(`+7999000${String(7700 + i)}`, i + 100),
    );
    expect(await testDb.db.passwordResetCode.count()).toBe(RUNS + 1);
    expect(times.unknown).toBeGreaterThanOrEqual(RECOVERY_ANSWER_FLOOR_MS - 1);
    expect(ratio(times), describeTimes(times)).toBeLessThan(1.5);
  });
});
