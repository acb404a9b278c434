import { describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import type { Db } from "@/server/db-client";
import { appRouter } from "./root";
import { recordingPublisher } from "@/server/testing/recording-publisher";

/** A database that fails like a real one would, with internals in its message: models' methods and raw queries alike. */
const fail = () => Promise.reject(new Error('relation "subscriber_secret" does not exist at pg_catalog'));
const brokenDb = new Proxy({}, { get: () => new Proxy(fail, { get: () => fail }) }) as unknown as Db;

async function request(path: string, init: { method: string; body?: unknown; query?: unknown }) {
  const url = new URL(`http://localhost/api/trpc/${path}`);
  if (init.query !== undefined) url.searchParams.set("input", JSON.stringify({ json: init.query }));
  const response = await fetchRequestHandler({
    endpoint: "/api/trpc",
    router: appRouter,
    req: new Request(url, {
      method: init.method,
      headers: { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify({ json: init.body }),
    }),
    createContext: () => ({
      db: brokenDb,
      principal: { kind: "subscriber" as const, accountId: "acc-1", sessionVersion: 0 },
      ip: null,
      locale: "ru" as const,
      visitorSessionKey: null,
      realtime: recordingPublisher(),
    }),
  });
  return { status: response.status, text: await response.text() };
}

describe("errors over HTTP", () => {
  it("reports invalid input as a code and the fields, without the validator's text", async () => {
    const { status, text } = await request("preferences.setLocale", { method: "POST", body: { locale: "de" } });
    expect(status).toBe(400);
    const body = JSON.parse(text);
    expect(body.error.json.message).toBe("INVALID_INPUT");
    expect(body.error.json.data.fieldErrors).toEqual([{ path: "locale", code: "invalid_value" }]);
    expect(text).not.toMatch(/stack|Invalid option|expected/i);
  });

  it("hides an internal failure behind one generic code", async () => {
    const { status, text } = await request("account.mySummary", { method: "GET" });
    expect(status).toBe(500);
    expect(JSON.parse(text).error.json.message).toBe("INTERNAL");
    expect(text).not.toMatch(/subscriber_secret|pg_catalog|stack|\.ts:/);
  });

  it("maps a domain refusal to its HTTP status and code", async () => {
    const { status, text } = await request("staff.list", { method: "GET" });
    expect(status).toBe(403);
    expect(JSON.parse(text).error.json.data.appCode).toBe("FORBIDDEN");
  });
});
