import { describe, expect, it } from "vitest";
import { fromMoscowInput, toMoscowInput } from "./moscow-time";

describe("datetime-local fields in Moscow time", () => {
  it("reads the wall clock as UTC+3 and writes it back the same", () => {
    const at = fromMoscowInput("2026-05-01T09:30");
    expect(at?.toISOString()).toBe("2026-05-01T06:30:00.000Z");
    expect(toMoscowInput(at!)).toBe("2026-05-01T09:30");
  });

  it("crosses midnight: 01:00 in Moscow is the previous day in UTC", () => {
    expect(fromMoscowInput("2026-01-01T01:00")?.toISOString()).toBe("2025-12-31T22:00:00.000Z");
    expect(toMoscowInput(new Date("2025-12-31T22:00:00Z"))).toBe("2026-01-01T01:00");
  });

  it("gives null for an empty or malformed value", () => {
    expect(fromMoscowInput("")).toBeNull();
    expect(fromMoscowInput("2026-05-01")).toBeNull();
    expect(fromMoscowInput("2026-13-40T25:00")).toBeNull();
  });
});
