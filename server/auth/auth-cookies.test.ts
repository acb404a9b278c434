import { afterEach, describe, expect, it, vi } from "vitest";
import NextAuth from "next-auth";
import { authOptions } from "./options";

// next-auth with the product's options, through its request/response entry (the App Router one needs Next's
// request scope); the password check and the database are stand-ins.
vi.mock("@/server/db", () => ({ getDb: () => ({}) }));
vi.mock("./authenticate", () => ({
  authenticate: async () => ({ kind: "subscriber", accountId: "acc-1", sessionVersion: 0 }),
}));
afterEach(() => vi.unstubAllEnvs());

type Body = Record<string, string>;

/** One next-auth request from behind a proxy that ended TLS: plain http to the app, X-Forwarded-Proto: https. */
async function call(action: string, init: { method: "GET" | "POST"; body?: Body; cookies?: Body }) {
  const headers = new Map<string, string | string[]>();
  let sent: unknown;
  const res = {
    status: () => res,
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader: (name: string, value: string | string[]) => headers.set(name.toLowerCase(), value),
    json: (body: unknown) => (sent = body),
    send: (body: unknown) => (sent = body),
    end: () => undefined,
  };
  const req = {
    method: init.method,
    query: { nextauth: action.split("/") },
    headers: { host: "portal.example.com", "x-forwarded-proto": "https" },
    cookies: init.cookies ?? {},
    body: init.body ?? {},
  };
  await NextAuth(req as never, res as never, { ...authOptions, secret: "a-test-secret-of-at-least-32-characters" });
  return { setCookies: [headers.get("set-cookie") ?? []].flat(), body: sent as Body };
}

/** Every Set-Cookie of a csrf request and a credentials sign-in. */
async function signInCookies(publicUrl: string): Promise<string[]> {
  vi.stubEnv("NEXTAUTH_URL", publicUrl);
  const csrf = await call("csrf", { method: "GET" });
  const csrfCookie = csrf.setCookies[0]!.split(";")[0]!;
  const [name, value] = [csrfCookie.slice(0, csrfCookie.indexOf("=")), csrfCookie.slice(csrfCookie.indexOf("=") + 1)];
  const signIn = await call("callback/credentials", {
    method: "POST",
    cookies: { [name]: decodeURIComponent(value) },
    body: {
      csrfToken: csrf.body.csrfToken!,
      login: "+79000000001",
      password: "subscriber-demo",
      callbackUrl: `${publicUrl}/account`,
      json: "true",
    },
  });
  return [...csrf.setCookies, ...signIn.setCookies];
}

const attributes = (cookie: string) =>
  cookie
    .split(/;\s*/)
    .slice(1)
    .map((a) => a.split("=")[0]!.toLowerCase());

describe("next-auth's cookies behind a TLS proxy", () => {
  it("are Secure, HttpOnly and SameSite=Lax for an https public URL: csrf, callback and session", async () => {
    const cookies = await signInCookies("https://portal.example.com");
    expect([...new Set(cookies.map((cookie) => cookie.split("=")[0]))].sort()).toEqual([
      "__Host-next-auth.csrf-token",
      "__Secure-next-auth.callback-url",
      "__Secure-next-auth.session-token",
    ]);
    for (const cookie of cookies) {
      expect(attributes(cookie)).toEqual(expect.arrayContaining(["secure", "httponly"]));
      expect(cookie).toMatch(/; SameSite=Lax/);
    }
  });

  it("are not Secure for an http public URL even behind TLS: why env.mjs refuses one with DATABASE_URL", async () => {
    const cookies = await signInCookies("http://portal.example.com");
    expect(cookies.some((cookie) => cookie.startsWith("next-auth.session-token="))).toBe(true);
    for (const cookie of cookies) expect(attributes(cookie)).not.toContain("secure");
  });
});
