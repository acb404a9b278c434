import { describe, expect, it } from "vitest";
import { recovered, recoveryByDay, reminderOutcome, type ReminderFacts } from "./reminder-outcome";

const DAY_MS = 86_400_000;
const sentAt = new Date("2026-12-01T09:00:00Z");
const facts: ReminderFacts = { sentAt, amountAtRisk: 40_000, paidAfter: 0, promisedAfter: false };

describe("reminderOutcome", () => {
  it("is paid after a top-up, even when a promised payment was taken too", () => {
    expect(reminderOutcome({ ...facts, paidAfter: 10_000, promisedAfter: true }, sentAt)).toBe("PAID");
  });

  it("is a promised payment when that is all that happened", () => {
    expect(reminderOutcome({ ...facts, promisedAfter: true }, sentAt)).toBe("PROMISED");
  });

  it("waits three days before calling silence no reaction", () => {
    expect(reminderOutcome(facts, new Date(sentAt.getTime() + 3 * DAY_MS - 1))).toBe("WAITING");
    expect(reminderOutcome(facts, new Date(sentAt.getTime() + 3 * DAY_MS))).toBe("NO_REACTION");
  });
});

describe("recovered", () => {
  it("counts the top-ups up to what was at risk", () => {
    expect(recovered({ ...facts, paidAfter: 100_000 })).toBe(40_000);
    expect(recovered({ ...facts, paidAfter: 15_000 })).toBe(15_000);
    expect(recovered(facts)).toBe(0);
  });
});

describe("recoveryByDay", () => {
  it("sums by Moscow day of sending, the newest day first", () => {
    const lateEvening = new Date("2026-12-01T21:30:00Z"); // already 2 December in Moscow
    const days = recoveryByDay([
      { ...facts, paidAfter: 50_000 },
      { ...facts, amountAtRisk: 10_000 },
      { ...facts, sentAt: lateEvening, amountAtRisk: 7_000, paidAfter: 3_000 },
    ]);
    expect(days).toEqual([
      { day: "2026-12-02", reminded: 1, atRisk: 7_000, recovered: 3_000 },
      { day: "2026-12-01", reminded: 2, atRisk: 50_000, recovered: 40_000 },
    ]);
  });
});
