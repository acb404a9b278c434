import { describe, expect, it, vi } from "vitest";
import { POST } from "./route";

// Refusals happen before the session or the database are touched: reaching either fails the test.
vi.mock("@/server/auth/session", () => ({
  getPrincipal: () => {
    throw new Error("session read");
  },
}));
vi.mock("@/server/db", () => ({
  getDb: () => {
    throw new Error("database used");
  },
}));

const post = (body: string, headers: Record<string, string> = {}) =>
  POST(
    new Request("http://localhost:3000/api/banners/events", {
      method: "POST",
      body,
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "content-type": "application/json",
        ...headers,
      },
    }),
  );

describe("banner events endpoint: refusals before anything is read or stored", () => {
  it("refuses other sites and requests without an Origin", async () => {
    const batch = JSON.stringify([{ bannerId: "b1", kind: "CLICK" }]);
    expect((await post(batch, { origin: "https://evil.example" })).status).toBe(403);
    expect((await post(batch, { origin: "" })).status).toBe(403);
  });

  it("refuses junk, empty, oversized and too long batches", async () => {
    const event = { bannerId: "b1", kind: "IMPRESSION" };
    for (const body of [
      "not json",
      "[]",
      JSON.stringify([{ bannerId: "b1", kind: "VIEW" }]),
      JSON.stringify(Array(51).fill(event)),
      JSON.stringify([{ ...event, pad: "x".repeat(9000) }]),
    ]) {
      expect([body.slice(0, 20), (await post(body)).status]).toEqual([body.slice(0, 20), 400]);
    }
  });
});
