import { describe, expect, it } from "vitest";
import { followUpsHref, readFollowUpParams } from "./follow-up-params";

describe("follow-up list parameters", () => {
  it("reads known values and falls back to open, any reason, page 1", () => {
    expect(readFollowUpParams({ status: "resolved", reason: "MISSED", page: "3" })).toEqual({
      status: "resolved",
      reason: "MISSED",
      page: 3,
    });
    expect(readFollowUpParams({ status: "closed", reason: ["LOW_RATING", "MISSED"], page: "-4" })).toEqual({
      status: "open",
      reason: "LOW_RATING",
      page: 1,
    });
    expect(readFollowUpParams({ page: "x" })).toEqual({ status: "open", reason: undefined, page: 1 });
  });

  it("writes only what differs from the defaults, and reads back the same", () => {
    expect(followUpsHref({ status: "open", page: 1 })).toBe("/admin/follow-ups");
    const href = followUpsHref({ status: "all", reason: "LOW_RATING", page: 2 });
    expect(href).toBe("/admin/follow-ups?status=all&reason=LOW_RATING&page=2");
    expect(readFollowUpParams(Object.fromEntries(new URL(href, "http://x").searchParams))).toEqual({
      status: "all",
      reason: "LOW_RATING",
      page: 2,
    });
  });
});
