import { describe, expect, it, vi } from "vitest";
import { createSessionTokenCache, sessionCookieKey } from "./session-token-cache";

describe("sessionCookieKey", () => {
  it("takes the session cookie, plain, secure or chunked, and nothing else", () => {
    expect(sessionCookieKey({ "next-auth.csrf-token": "x", locale: "ru" })).toBe("");
    expect(sessionCookieKey({ "next-auth.session-token": "abc", locale: "ru" })).toBe("next-auth.session-token=abc");
    expect(
      sessionCookieKey({ "__Secure-next-auth.session-token.1": "b", "__Secure-next-auth.session-token.0": "a" }),
    ).toBe("__Secure-next-auth.session-token.0=a;__Secure-next-auth.session-token.1=b");
  });
});

describe("createSessionTokenCache", () => {
  const now = 1_800_000_000_000;
  const token = (principal: string, expSeconds: number) => async () => ({ principal, exp: expSeconds });

  it("decodes a cookie value once while its token is valid", async () => {
    const cache = createSessionTokenCache<string>();
    const decode = vi.fn(token("alice", now / 1000 + 60));
    expect(await cache.read("k", decode, now)).toBe("alice");
    expect(await cache.read("k", decode, now + 59_000)).toBe("alice");
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it("decodes again once the token has expired, and keeps what decoding then says", async () => {
    const cache = createSessionTokenCache<string>();
    await cache.read("k", token("alice", now / 1000 + 60), now);
    const expired = vi.fn(async () => null);
    expect(await cache.read("k", expired, now + 60_000)).toBeUndefined();
    expect(expired).toHaveBeenCalledTimes(1);
    expect(cache.size).toBe(0);
  });

  it("does not remember a failed decode or a token without expiry", async () => {
    const cache = createSessionTokenCache<string>();
    const failed = vi.fn(async () => null);
    await cache.read("k", failed, now);
    await cache.read("k", failed, now);
    expect(failed).toHaveBeenCalledTimes(2);
    const noExp = vi.fn(async () => ({ principal: "bob" }));
    await cache.read("j", noExp, now);
    await cache.read("j", noExp, now);
    expect(noExp).toHaveBeenCalledTimes(2);
  });

  it("forgets the oldest value when full", async () => {
    const cache = createSessionTokenCache<string>(2);
    for (const key of ["a", "b", "c"]) await cache.read(key, token(key, now / 1000 + 60), now);
    expect(cache.size).toBe(2);
    const again = vi.fn(token("a2", now / 1000 + 60));
    expect(await cache.read("a", again, now)).toBe("a2");
    expect(again).toHaveBeenCalledTimes(1);
  });
});
