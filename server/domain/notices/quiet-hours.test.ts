import { describe, expect, it } from "vitest";
import { smsNotBefore } from "./quiet-hours";

// Moscow is UTC+3: 22:00 Moscow = 19:00 UTC, 09:00 Moscow = 06:00 UTC.
describe("quiet hours", () => {
  it("lets an SMS go at once during the day", () => {
    expect(smsNotBefore(new Date("2026-12-06T06:00:00Z"))).toBeNull();
    expect(smsNotBefore(new Date("2026-12-06T18:59:59Z"))).toBeNull();
  });

  it("holds an SMS raised late in the evening until 09:00 Moscow the next day", () => {
    expect(smsNotBefore(new Date("2026-12-06T19:00:00Z"))).toEqual(new Date("2026-12-07T06:00:00Z"));
    expect(smsNotBefore(new Date("2026-12-06T20:59:00Z"))).toEqual(new Date("2026-12-07T06:00:00Z"));
  });

  it("holds an SMS raised after midnight until 09:00 Moscow the same day, across a month's end", () => {
    expect(smsNotBefore(new Date("2026-12-31T21:30:00Z"))).toEqual(new Date("2027-01-01T06:00:00Z"));
    expect(smsNotBefore(new Date("2027-01-01T05:59:00Z"))).toEqual(new Date("2027-01-01T06:00:00Z"));
  });

  it("takes other hours, also a window within one day", () => {
    expect(smsNotBefore(new Date("2026-12-06T10:00:00Z"), { from: 13, to: 14 })).toEqual(
      new Date("2026-12-06T11:00:00Z"),
    );
  });
});
