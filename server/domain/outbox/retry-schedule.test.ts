import { describe, expect, it } from "vitest";
import { MAX_DELIVERY_ATTEMPTS, retryDelaySeconds, shouldRetry } from "./retry-schedule";

describe("outbox retry schedule", () => {
  it("doubles the wait from 30 seconds after each failure", () => {
    expect([1, 2, 3, 4, 5].map(retryDelaySeconds)).toEqual([30, 60, 120, 240, 480]);
  });

  it("never waits more than an hour", () => {
    expect(retryDelaySeconds(8)).toBe(3600);
    expect(retryDelaySeconds(50)).toBe(3600);
  });

  it("gives up only after the last allowed attempt", () => {
    expect(shouldRetry(1)).toBe(true);
    expect(shouldRetry(MAX_DELIVERY_ATTEMPTS - 1)).toBe(true);
    expect(shouldRetry(MAX_DELIVERY_ATTEMPTS)).toBe(false);
  });
});
