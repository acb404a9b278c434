import { describe, expect, it } from "vitest";
import { issueVisitorSession, readVisitorSessionKey } from "./visitor-session";

const secret = "a-test-secret-of-at-least-32-characters";

describe("visitor sessions", () => {
  it("reads back the key of a session this server issued", () => {
    const session = issueVisitorSession(secret);
    expect(session.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(readVisitorSessionKey(session.cookieValue, secret)).toBe(session.key);
  });

  it("issues a different key every time", () => {
    const keys = new Set(Array.from({ length: 50 }, () => issueVisitorSession(secret).key));
    expect(keys.size).toBe(50);
  });

  it("treats a key the client picked, a forged or borrowed signature and a malformed value as no session", () => {
    const { key, cookieValue } = issueVisitorSession(secret);
    const other = issueVisitorSession(secret);
    const mac = cookieValue.split(".")[1]!;
    for (const value of [
      key, // unsigned, as the cookie was before
      "00000000-0000-4000-8000-000000000001",
      `${other.key}.${mac}`, // another session's signature
      `${key}.${mac.slice(0, -2)}`,
      `${key}.${mac}.extra`,
      `${key.toUpperCase()}.${mac}`,
      "",
      undefined,
    ]) {
      expect(readVisitorSessionKey(value, secret)).toBeNull();
    }
    expect(readVisitorSessionKey(cookieValue, "another-secret-of-at-least-32-characters")).toBeNull();
  });
});
