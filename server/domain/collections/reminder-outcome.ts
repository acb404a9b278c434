// What came of a reminder, read from what the subscriber did after it: no status to keep in step.
import { billingDay } from "@/server/domain/billing/billing-calendar";

const DAY_MS = 86_400_000;
/** A reminder with nothing after it for this many days had no reaction. */
export const NO_REACTION_DAYS = 3;
/** Payments this long after a reminder (or until the next one) count as recovered by it. */
export const RECOVERY_WINDOW_DAYS = 7;

export type ReminderOutcome = "PAID" | "PROMISED" | "NO_REACTION" | "WAITING";

export interface ReminderFacts {
  sentAt: Date;
  amountAtRisk: number;
  /** Kopecks topped up within the recovery window after the reminder. */
  paidAfter: number;
  /** A promised payment was taken within the window. */
  promisedAfter: boolean;
}

/** A top-up is the answer we wanted; a promised payment buys time; silence past NO_REACTION_DAYS is none. */
export function reminderOutcome(facts: ReminderFacts, now: Date): ReminderOutcome {
  if (facts.paidAfter > 0) return "PAID";
  if (facts.promisedAfter) return "PROMISED";
  return now.getTime() - facts.sentAt.getTime() >= NO_REACTION_DAYS * DAY_MS ? "NO_REACTION" : "WAITING";
}

/** What a reminder brought back: the top-ups after it, up to what was at risk. */
export function recovered(facts: ReminderFacts): number {
  return Math.min(facts.amountAtRisk, Math.max(0, facts.paidAfter));
}

export interface RecoveryDay {
  /** Moscow calendar day, YYYY-MM-DD. */
  day: string;
  reminded: number;
  atRisk: number;
  recovered: number;
}

/** The daily figure: per Moscow day of sending, the amount at risk of reminded accounts and what came back. */
export function recoveryByDay(reminders: readonly ReminderFacts[]): RecoveryDay[] {
  const days = new Map<string, RecoveryDay>();
  for (const reminder of reminders) {
    const { year, month, day } = billingDay(reminder.sentAt);
    const key = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const row = days.get(key) ?? { day: key, reminded: 0, atRisk: 0, recovered: 0 };
    row.reminded += 1;
    row.atRisk += reminder.amountAtRisk;
    row.recovered += recovered(reminder);
    days.set(key, row);
  }
  return [...days.values()].sort((a, b) => b.day.localeCompare(a.day));
}
