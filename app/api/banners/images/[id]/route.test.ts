import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/server/auth/principal";
import { captureLogs } from "@/server/log";

// The stored rendition the fake database finds (null: none), and who asks.
const state = vi.hoisted(() => ({
  principal: null as Principal | null,
  row: null as { bannerId: string | null; mimeType: string; data: Buffer } | Error | null,
}));
vi.mock("@/server/auth/session", () => ({ getPrincipal: async () => state.principal }));
vi.mock("@/server/db", () => ({
  getDb: () => ({
    attachment: { findFirst: async () => (state.row instanceof Error ? Promise.reject(state.row) : state.row) },
  }),
}));

const { GET } = await import("./route");
const read = (id: string) =>
  GET(new Request(`http://localhost/api/banners/images/${id}`), { params: Promise.resolve({ id }) });

beforeEach(() => {
  state.principal = null;
  state.row = null;
});

describe("GET /api/banners/images/[id]", () => {
  it("serves a saved banner's rendition to anyone", async () => {
    state.row = { bannerId: "b1", mimeType: "image/webp", data: Buffer.from("webp") };
    const response = await read("att-1");
    expect([response.status, response.headers.get("content-type"), await response.text()]).toEqual([
      200,
      "image/webp",
      "webp",
    ]);
  });

  it("answers NOT_FOUND in the one error body for a malformed id, an unknown one and another's unsaved upload", async () => {
    for (const id of ["../etc", "att-unknown"]) {
      const response = await read(id);
      expect([id, response.status, await response.json()]).toEqual([id, 404, { error: { code: "NOT_FOUND" } }]);
    }
    state.row = { bannerId: null, mimeType: "image/webp", data: Buffer.from("webp") };
    state.principal = { kind: "staff", staffId: "s1", roles: ["OPERATOR"], sessionVersion: 0 };
    expect((await read("att-draft")).status).toBe(404);
  });

  it("hides a database failure behind INTERNAL", async () => {
    state.row = new Error('relation "attachment" does not exist');
    const capture = captureLogs();
    const response = await read("att-1").finally(() => capture.stop());
    expect(response.status).toBe(500);
    expect(await response.text()).toBe(JSON.stringify({ error: { code: "INTERNAL" } }));
    expect(capture.lines).toEqual([expect.objectContaining({ msg: "banner image read failed" })]);
  });
});
