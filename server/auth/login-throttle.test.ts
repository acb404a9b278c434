import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/errors";
import { LoginThrottle } from "./login-throttle";

const settings = { maxFailuresPerAccount: 3, maxFailuresPerIp: 5, blockMinutes: 15 };

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}

describe("LoginThrottle", () => {
  it("refuses a login after the allowed number of failures, with a retry time", async () => {
    const throttle = new LoginThrottle(settings);
    for (let i = 0; i < 3; i++) {
      await throttle.assertAllowed("subscriber:1", null);
      await throttle.recordFailure("subscriber:1", null);
    }
    const error = await rejection(throttle.assertAllowed("subscriber:1", null));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("RATE_LIMITED");
    expect((error as AppError).details?.retryAfterSeconds).toBeGreaterThan(800);
    await expect(throttle.assertAllowed("subscriber:2", null)).resolves.toBeUndefined();
  });

  it("limits one IP across many logins", async () => {
    const throttle = new LoginThrottle(settings);
    for (let i = 0; i < 5; i++) await throttle.recordFailure(`guess:${i}`, "198.51.100.1");
    expect(((await rejection(throttle.assertAllowed("guess:new", "198.51.100.1"))) as AppError).code).toBe(
      "RATE_LIMITED",
    );
    await expect(throttle.assertAllowed("guess:new", "198.51.100.2")).resolves.toBeUndefined();
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const throttle = new LoginThrottle(settings);
    await throttle.recordFailure("staff:1", null);
    await throttle.recordFailure("staff:1", null);
    await throttle.recordSuccess("staff:1");
    await throttle.recordFailure("staff:1", null);
    await throttle.recordFailure("staff:1", null);
    await expect(throttle.assertAllowed("staff:1", null)).resolves.toBeUndefined();
  });
});
