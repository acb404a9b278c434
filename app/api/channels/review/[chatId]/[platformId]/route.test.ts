import { randomBytes } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { reviewLinkUrl } from "@/server/channels/review-link";

// The channels' secrets key (null: none configured), and the clicks the fake database took.
const state = vi.hoisted(() => ({ key: null as Buffer | null, clicks: [] as unknown[] }));
vi.mock("@/server/channels/channel-runtime", () => ({ channelSecretsKey: () => state.key }));
vi.mock("@/server/db", () => ({
  getDb: () => ({
    chat: {
      findUnique: async () => ({
        accountId: null,
        visitorToken: "ch_token",
        operatorId: null,
        rating: { id: "r1", reviewInvitedAt: new Date() },
      }),
    },
    reviewPlatform: { findUnique: async () => ({ id: "p1", url: "https://2gis.ru/firm/1" }) },
    reviewClick: { upsert: async (args: unknown) => state.clicks.push(args) },
  }),
}));

const { GET } = await import("./route");
const open = (url: string) => GET(new Request(url), { params: Promise.resolve({ chatId: "c1", platformId: "p1" }) });

beforeEach(() => {
  state.key = randomBytes(32);
  state.clicks = [];
});

describe("GET /api/channels/review/[chatId]/[platformId]", () => {
  it("counts the click of a signed link and sends the person on to the platform", async () => {
    const response = await open(reviewLinkUrl("http://localhost", state.key!, "c1", "p1"));
    expect([response.status, response.headers.get("location")]).toEqual([302, "https://2gis.ru/firm/1"]);
    expect(state.clicks).toHaveLength(1);
  });

  it("answers NOT_FOUND and counts nothing for a forged or missing signature, or without a secrets key", async () => {
    const signed = reviewLinkUrl("http://localhost", state.key!, "c1", "p1");
    const otherKey = reviewLinkUrl("http://localhost", randomBytes(32), "c1", "p1");
    for (const url of [otherKey, signed.replace(/\?.*$/, "")]) expect((await open(url)).status).toBe(404);
    state.key = null;
    expect((await open(signed)).status).toBe(404);
    expect(state.clicks).toHaveLength(0);
  });
});
