import { describe, expect, it } from "vitest";
import { bannerLiveState } from "./banner-live-state";

const startsAt = new Date("2026-05-01T00:00:00Z");
const endsAt = new Date("2026-06-01T00:00:00Z");
const during = new Date("2026-05-15T00:00:00Z");

describe("banner live state", () => {
  it("follows the schedule for an active banner: scheduled, running from the start, ended at the end", () => {
    expect(bannerLiveState({ status: "ACTIVE", startsAt, endsAt }, new Date("2026-04-30T23:59:59Z"))).toBe("scheduled");
    expect(bannerLiveState({ status: "ACTIVE", startsAt, endsAt }, startsAt)).toBe("running");
    expect(bannerLiveState({ status: "ACTIVE", startsAt, endsAt }, during)).toBe("running");
    expect(bannerLiveState({ status: "ACTIVE", startsAt, endsAt }, endsAt)).toBe("ended");
  });

  it("shows the status of a banner that is not active, whatever the date", () => {
    expect(bannerLiveState({ status: "DRAFT", startsAt, endsAt }, during)).toBe("draft");
    expect(bannerLiveState({ status: "PAUSED", startsAt, endsAt }, during)).toBe("paused");
    expect(bannerLiveState({ status: "ARCHIVED", startsAt, endsAt }, during)).toBe("archived");
  });
});
