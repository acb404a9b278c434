import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/server/auth/principal";

const state = vi.hoisted(() => ({ principal: null as Principal | null }));
vi.mock("@/server/auth/session", () => ({ getPrincipal: async () => state.principal }));
// No banner exists, and the CSV is never reached: every request here is refused.
vi.mock("@/server/db", () => ({ getDb: () => ({ banner: { findUnique: async () => null } }) }));
vi.mock("@/i18n/server", () => ({
  getTranslator: () => {
    throw new Error("CSV reached");
  },
}));

const { GET } = await import("./route");
const exportCsv = async (query: string) => {
  const response = await GET(new Request(`http://localhost/admin/banners/funnel/export?${query}`));
  return [response.status, await response.json()];
};

beforeEach(() => {
  state.principal = { kind: "staff", staffId: "s1", roles: ["MARKETER"], sessionVersion: 0 };
});

describe("GET /admin/banners/funnel/export: refusals in the one error body", () => {
  it("refuses the signed-out and staff who do not edit banners", async () => {
    state.principal = null;
    expect(await exportCsv("banner=b1")).toEqual([401, { error: { code: "UNAUTHENTICATED" } }]);
    state.principal = { kind: "staff", staffId: "s2", roles: ["OPERATOR"], sessionVersion: 0 };
    expect(await exportCsv("banner=b1")).toEqual([403, { error: { code: "FORBIDDEN" } }]);
  });

  it("names the wrong field: no banner, or a period the domain refuses", async () => {
    expect(await exportCsv("from=2026-04-01")).toEqual([
      400,
      { error: { code: "INVALID_INPUT", details: { field: "banner" } } },
    ]);
    expect(await exportCsv("banner=b1&from=2026-02-30")).toEqual([
      400,
      { error: { code: "INVALID_INPUT", details: { field: "from", problem: "DATE" } } },
    ]);
  });

  it("answers NOT_FOUND for an unknown banner", async () => {
    expect(await exportCsv("banner=missing&from=2026-04-01&to=2026-04-07")).toEqual([
      404,
      { error: { code: "NOT_FOUND" } },
    ]);
  });
});
