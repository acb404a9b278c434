import { describe, expect, it } from "vitest";
import { followsFailure } from "./self-service-contact";

const NOW = new Date("2026-04-01T10:00:00Z");
const ago = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("a self-service success is a surveyed contact", () => {
  it("when the attempt of the same action right before it failed within the window", () => {
    expect(followsFailure({ succeeded: false, createdAt: ago(1) }, NOW, 30)).toBe(true);
    // The edge of the window still counts; a minute past it is another visit.
    expect(followsFailure({ succeeded: false, createdAt: ago(30) }, NOW, 30)).toBe(true);
    expect(followsFailure({ succeeded: false, createdAt: ago(31) }, NOW, 30)).toBe(false);
    expect(followsFailure({ succeeded: false, createdAt: ago(31) }, NOW, 60)).toBe(true);
  });

  it("not after a success, nor as a first attempt, nor after a failure dated later (clock skew)", () => {
    expect(followsFailure({ succeeded: true, createdAt: ago(1) }, NOW, 30)).toBe(false);
    expect(followsFailure(null, NOW, 30)).toBe(false);
    expect(followsFailure({ succeeded: false, createdAt: ago(-1) }, NOW, 30)).toBe(false);
  });
});
