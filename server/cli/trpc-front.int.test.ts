import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { createAppFront } from "./app-front";
import { trpcFrontRoute } from "./trpc-front";

const state = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: () => state.db }));

const SECRET = "front-test-secret-0123456789abcdef0123456789";
let testDb: TestDb;
let baseUrl: string;
let close: () => Promise<void>;

/** `npm start`'s front with the real tRPC route; Next is a stub that says it was asked. */
beforeAll(async () => {
  testDb = await createTestDb();
  state.db = testDb.db;
  const server = createAppFront((_req, res) => void res.writeHead(299).end("next"), 0, trpcFrontRoute(SECRET));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((resolve) => server.close(() => resolve()));
});
afterAll(async () => {
  await close();
  await testDb.close();
});

async function sessionOf(account: { id: string; sessionVersion: number }) {
  const token = await encode({
    token: { sub: account.id, principal: { kind: "subscriber", id: account.id, sv: account.sessionVersion } },
    secret: SECRET,
  });
  return `next-auth.session-token=${token}`;
}

const setLocale = (locale: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/trpc/preferences.setLocale`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ json: { locale } }),
  });

const localeOf = async (id: string) => (await testDb.db.subscriberAccount.findUniqueOrThrow({ where: { id } })).locale;

describe(`the app server's own /api/trpc endpoint (${testDbLabel()})`, () => {
  it("answers a procedure as the session in the request's cookie, with its cookie and the site's headers", async () => {
    const account = await createSubscriber(testDb.db);
    const response = await setLocale("en", { cookie: `${await sessionOf(account)}; locale=ru` });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ result: { data: { json: { locale: "en" } } } });
    expect(response.headers.getSetCookie()).toEqual([expect.stringMatching(/^locale=en; Path=\/; .*HttpOnly/)]);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("connection")).toBe("keep-alive");
    expect(await localeOf(account.id)).toBe("en");

    const signedOut = await fetch(`${baseUrl}/api/trpc/account.mySummary`);
    expect(signedOut.status).toBe(401);
  });

  it("refuses a mutation from another site, or not in JSON, before any procedure runs", async () => {
    const account = await createSubscriber(testDb.db);
    const cookie = await sessionOf(account);
    const crossSite = await setLocale("en", { cookie, origin: "https://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.json()).toEqual({ error: { code: "FORBIDDEN" } });
    const form = await fetch(`${baseUrl}/api/trpc/preferences.setLocale`, {
      method: "POST",
      headers: { cookie, "content-type": "text/plain" },
      body: JSON.stringify({ json: { locale: "en" } }),
    });
    expect(form.status).toBe(415);
    expect(await localeOf(account.id)).toBe("ru");
    // The control: from our own pages the same call goes through.
    expect((await setLocale("en", { cookie, origin: new URL(baseUrl).origin })).status).toBe(200);
  });

  it("refuses a body above the limit, declared or not", async () => {
    const huge = JSON.stringify({ json: { locale: "x".repeat(300 * 1024) } });
    const declared = await fetch(`${baseUrl}/api/trpc/preferences.setLocale`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: huge,
    });
    expect(declared.status).toBe(413);
    const streamed = await fetch(`${baseUrl}/api/trpc/preferences.setLocale`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: new Blob([huge]).stream(),
      duplex: "half",
    } as RequestInit);
    expect(streamed.status).toBe(413);
    // The unread rest of the bodies is dropped, not taken for the next request on the same connections.
    const after = await Promise.all([setLocale("ru"), setLocale("ru")]);
    expect(after.map((response) => response.status)).toEqual([200, 200]);
  });

  it("echoes a caller's request id that is plainly an id, and gives one otherwise", async () => {
    const kept = await setLocale("ru", { "x-request-id": "lb-request-00000001" });
    expect(kept.headers.get("x-request-id")).toBe("lb-request-00000001");
    const given = await setLocale("ru", { "x-request-id": "<script>" });
    expect(given.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("leaves Next everything else: other methods, the bare prefix, deeper paths, other pages", async () => {
    const next = [
      await fetch(`${baseUrl}/api/trpc/preferences.setLocale`, { method: "PUT" }),
      await fetch(`${baseUrl}/api/trpc`),
      await fetch(`${baseUrl}/api/trpc/`),
      await fetch(`${baseUrl}/api/trpc/preferences.setLocale/`),
      await fetch(`${baseUrl}/login`),
    ];
    expect(next.map((response) => response.status)).toEqual([299, 299, 299, 299, 299]);
  });
});
