import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/errors";
import { RecoveryThrottle } from "./recovery-throttle";

const settings = { requestsPerAccount: 2, requestsPerIp: 3, confirmFailuresPerIp: 2, windowMinutes: 60 };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a rejection");
}

describe("RecoveryThrottle", () => {
  it("allows a few requests per account, then refuses with a retry time", async () => {
    const throttle = new RecoveryThrottle(settings);
    await throttle.consumeRequest("subscriber:1", null);
    await throttle.consumeRequest("subscriber:1", null);
    const error = await rejection(throttle.consumeRequest("subscriber:1", null));
    expect(error.code).toBe("RATE_LIMITED");
    expect(error.details?.retryAfterSeconds).toBeGreaterThan(3000);
    await expect(throttle.consumeRequest("subscriber:2", null)).resolves.toBeUndefined();
  });

  it("limits one IP across accounts", async () => {
    const throttle = new RecoveryThrottle(settings);
    for (let i = 0; i < 3; i++) await throttle.consumeRequest(`phone:${i}`, "198.51.100.1");
    expect((await rejection(throttle.consumeRequest("phone:new", "198.51.100.1"))).code).toBe("RATE_LIMITED");
    await expect(throttle.consumeRequest("phone:new", "198.51.100.2")).resolves.toBeUndefined();
  });

  it("limits wrong codes per IP", async () => {
    const throttle = new RecoveryThrottle(settings);
    await throttle.recordConfirmFailure("198.51.100.3");
    await expect(throttle.assertConfirmAllowed("198.51.100.3")).resolves.toBeUndefined();
    await throttle.recordConfirmFailure("198.51.100.3");
    expect((await rejection(throttle.assertConfirmAllowed("198.51.100.3"))).code).toBe("RATE_LIMITED");
  });
});
