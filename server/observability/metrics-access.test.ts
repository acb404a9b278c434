import { describe, expect, it } from "vitest";
import type { Principal } from "@/server/auth/principal";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { bearerTokenMatches, mayReadMetrics } from "./metrics-access";

const TOKEN = "scrape-token-0123456789";
const staff = (...roles: StaffRole[]): Principal => ({ kind: "staff", staffId: "s1", roles, sessionVersion: 0 });
const subscriber: Principal = { kind: "subscriber", accountId: "a1", sessionVersion: 0 };

describe("bearerTokenMatches", () => {
  it("accepts exactly the configured token", () => {
    expect(bearerTokenMatches(`Bearer ${TOKEN}`, TOKEN)).toBe(true);
    expect(bearerTokenMatches(`bearer ${TOKEN}`, TOKEN)).toBe(true);
  });

  it("refuses another token, a prefix, another scheme, or no header", () => {
    expect(bearerTokenMatches("Bearer scrape-token-0123456780", TOKEN)).toBe(false);
    expect(bearerTokenMatches(`Bearer ${TOKEN.slice(0, -1)}`, TOKEN)).toBe(false);
    expect(bearerTokenMatches(`Bearer ${TOKEN}x`, TOKEN)).toBe(false);
    expect(bearerTokenMatches(`Basic ${TOKEN}`, TOKEN)).toBe(false);
    expect(bearerTokenMatches(TOKEN, TOKEN)).toBe(false);
    expect(bearerTokenMatches("Bearer ", TOKEN)).toBe(false);
    expect(bearerTokenMatches(null, TOKEN)).toBe(false);
  });

  it("refuses every token when none is configured", () => {
    expect(bearerTokenMatches("Bearer undefined", undefined)).toBe(false);
    expect(bearerTokenMatches("Bearer ", undefined)).toBe(false);
  });
});

describe("mayReadMetrics", () => {
  const decide = (authorization: string | null, token: string | undefined, principal: Principal | null) =>
    mayReadMetrics(authorization, token, async () => principal);

  it("lets a scraper with the token in without a session", async () => {
    let looked = false;
    const allowed = await mayReadMetrics(`Bearer ${TOKEN}`, TOKEN, async () => {
      looked = true;
      return null;
    });
    expect(allowed).toBe(true);
    expect(looked).toBe(false);
  });

  it("lets signed-in admins and supervisors in, with or without a configured token", async () => {
    for (const token of [TOKEN, undefined]) {
      expect(await decide(null, token, staff("ADMIN"))).toBe(true);
      expect(await decide(null, token, staff("SUPERVISOR"))).toBe(true);
      expect(await decide("Bearer wrong-token-0000000", token, staff("OPERATOR", "SUPERVISOR"))).toBe(true);
    }
  });

  it("refuses everyone else", async () => {
    for (const token of [TOKEN, undefined]) {
      expect(await decide(null, token, null)).toBe(false);
      expect(await decide(null, token, subscriber)).toBe(false);
      expect(await decide(null, token, staff("OPERATOR"))).toBe(false);
      expect(await decide(null, token, staff("MARKETER"))).toBe(false);
      expect(await decide("Bearer wrong-token-0000000", token, null)).toBe(false);
    }
  });
});
