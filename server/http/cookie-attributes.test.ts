import { afterEach, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import type { Db } from "@/server/db-client";
import { testContext } from "@/server/testing/fixtures";
import { cookieAttributes, cookieSetter } from "./cookie-attributes";

// env() is read once per process: the public URL is switched through the module.
const publicUrl = vi.hoisted(() => ({ value: undefined as string | undefined }));
vi.mock("@/server/env.mjs", async (original) => {
  const actual = await original<typeof import("@/server/env.mjs")>();
  return { ...actual, env: () => ({ ...actual.env(), NEXTAUTH_URL: publicUrl.value }) };
});
afterEach(() => {
  publicUrl.value = undefined;
});

const behindTlsProxy = new Headers({ "x-forwarded-proto": "https" });
const plainHttp = new Headers({ "x-forwarded-proto": "http" });

describe("the attributes of our own cookies", () => {
  it("are Secure when TLS ends at a proxy, or the public URL is https, and never readable by scripts", () => {
    expect(cookieAttributes({ headers: behindTlsProxy })).toEqual({
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: true,
    });
    expect(cookieAttributes({ headers: plainHttp, nextUrl: { protocol: "https:" } }).secure).toBe(true);
    publicUrl.value = "https://portal.example.com";
    expect(cookieAttributes({ headers: plainHttp }).secure).toBe(true);
  });

  it("are not Secure on a plain-http site (npm start on http://localhost), where a Secure cookie would not come back", () => {
    publicUrl.value = "http://localhost:3000";
    expect(cookieAttributes({ headers: plainHttp, nextUrl: { protocol: "http:" } })).toMatchObject({
      secure: false,
      httpOnly: true,
      sameSite: "lax",
    });
  });
});

describe("the locale cookie", () => {
  async function setLocale(requestHeaders: Headers) {
    const responseHeaders = new Headers();
    const ctx = { ...testContext({} as Db, null), setCookie: cookieSetter(requestHeaders, responseHeaders) };
    await createCaller(ctx).preferences.setLocale({ locale: "en" });
    return responseHeaders.getSetCookie();
  }

  it("is HttpOnly, SameSite=Lax and, behind a TLS proxy, Secure", async () => {
    expect(await setLocale(behindTlsProxy)).toEqual([
      "locale=en; Path=/; Max-Age=31536000; SameSite=lax; HttpOnly; Secure",
    ]);
    expect(await setLocale(plainHttp)).toEqual(["locale=en; Path=/; Max-Age=31536000; SameSite=lax; HttpOnly"]);
  });
});
