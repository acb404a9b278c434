import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { ConnectionQuota, DEFAULT_LIMITS, EventBudget, clientAddress, resolveLimits } from "./limits";

describe("resolveLimits", () => {
  it("keeps the defaults where nothing is given, per-address cap off", () => {
    expect(resolveLimits({ maxConnections: undefined, clientEventsPerSecond: 5 })).toEqual({
      ...DEFAULT_LIMITS,
      clientEventsPerSecond: 5,
    });
    expect(resolveLimits().maxConnectionsPerIp).toBeUndefined();
  });

  it("leaves room for the load test's 1,000 connections by default", () => {
    expect(DEFAULT_LIMITS.maxConnections).toBeGreaterThanOrEqual(10 * 1_000);
  });

  it("refuses limits that would refuse everything", () => {
    expect(() => resolveLimits({ maxConnections: 0 })).toThrow(/maxConnections/);
    expect(() => resolveLimits({ maxSubscriptionsPerConnection: 1.5 })).toThrow(/maxSubscriptionsPerConnection/);
    expect(() => resolveLimits({ trustedProxyHops: -1 })).toThrow(/trustedProxyHops/);
  });
});

describe("ConnectionQuota", () => {
  it("counts per app and per address, and frees a slot on release", () => {
    const quota = new ConnectionQuota(resolveLimits({ maxConnections: 3, maxConnectionsPerIp: 2 }));
    expect(quota.admit("a")).toBeUndefined();
    expect(quota.admit("a")).toBeUndefined();
    expect(quota.admit("a")).toMatchObject({ code: 4004, message: expect.stringMatching(/address/) });
    expect(quota.admit("b")).toBeUndefined();
    expect(quota.admit("c")).toMatchObject({ code: 4004, message: expect.stringMatching(/Application/) });

    quota.release("a");
    expect(quota.admit("a")).toBeUndefined();
  });
});

describe("clientAddress", () => {
  const request = (forwardedFor?: string) =>
    ({
      socket: { remoteAddress: "10.0.0.2" },
      headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor },
    }) as unknown as IncomingMessage;

  it("is the socket's peer unless proxies are trusted", () => {
    expect(clientAddress(request("6.6.6.6"), 0)).toBe("10.0.0.2");
  });

  it("is the entry the outermost trusted proxy appended, never one the client wrote", () => {
    expect(clientAddress(request("6.6.6.6, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(request("6.6.6.6, 203.0.113.7, 10.0.0.9"), 2)).toBe("203.0.113.7");
    expect(clientAddress(request("203.0.113.7"), 2)).toBe("203.0.113.7");
    expect(clientAddress(request(), 1)).toBe("10.0.0.2");
  });
});

describe("EventBudget", () => {
  it("lets a burst of perSecond through, then one more per 1/perSecond s", () => {
    let now = 0;
    const budget = new EventBudget(10, () => now);
    const burst = Array.from({ length: 12 }, () => budget.take());
    expect(burst.filter(Boolean)).toHaveLength(10);

    now = 100;
    expect([budget.take(), budget.take()]).toEqual([true, false]);
    now = 60_000; // a long pause refills to the burst size, not beyond
    expect(Array.from({ length: 11 }, () => budget.take()).filter(Boolean)).toHaveLength(10);
  });
});
