import { describe, expect, it } from "vitest";
import {
  generateLinkSecret,
  generateResetCode,
  hashResetSecret,
  linkToken,
  parseLinkToken,
  resetSecretMatches,
} from "./reset-secrets";
import { isResetCodeFormat } from "./reset-code-format";

describe("reset codes", () => {
  it("are always six digits, leading zeros included", () => {
    const codes = Array.from({ length: 2000 }, generateResetCode);
    expect(codes.every((code) => /^\d{6}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBeGreaterThan(1990);
  });

  it("accept only six digits as the typed format", () => {
    expect(isResetCodeFormat("012345")).toBe(true);
    expect(["12345", "1234567", "12a456", " 123456", ""].some(isResetCodeFormat)).toBe(false);
  });
});

describe("reset secrets at rest", () => {
  it("are stored as a keyed hash that depends on the pepper", () => {
    const hash = hashResetSecret("123456", "pepper-one");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("123456");
    expect(hashResetSecret("123456", "pepper-two")).not.toBe(hash);
  });

  it("match only the same secret", () => {
    const stored = hashResetSecret("654321");
    expect(resetSecretMatches(stored, "654321")).toBe(true);
    expect(resetSecretMatches(stored, "654320")).toBe(false);
    expect(resetSecretMatches("not-hex", "654321")).toBe(false);
  });
});

describe("e-mail link tokens", () => {
  it("carry the reset id and a long random secret, and read back", () => {
    const secret = generateLinkSecret();
    expect(secret.length).toBeGreaterThanOrEqual(43);
    const token = linkToken("cmabc123def456ghi789jkl0", secret);
    expect(parseLinkToken(token)).toEqual({ resetId: "cmabc123def456ghi789jkl0", secret });
  });

  it("refuse anything else", () => {
    for (const token of ["", "abc", "cmabc123def456.short", `no-dot${generateLinkSecret()}`, "<script>.x"]) {
      expect(parseLinkToken(token)).toBeNull();
    }
  });
});
