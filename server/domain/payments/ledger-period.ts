// The period filter of the ledger: calendar days in Moscow, both ends included.
import { AppError } from "@/server/domain/errors";

const EARLIEST_DAY = "2000-01-01";
const DAY_MS = 86_400_000;
const MOSCOW_OFFSET_MS = 3 * 3_600_000; // Moscow is UTC+3 all year

export type PeriodProblem = "DATE" | "ORDER" | "OUT_OF_RANGE" | "TOO_LONG";

export interface LedgerPeriod {
  /** Inclusive lower bound (an instant), if any. */
  gte?: Date;
  /** Exclusive upper bound: midnight in Moscow after the last day. */
  lt?: Date;
}

/** Midnight in Moscow at the start of a "YYYY-MM-DD" day, or null for anything that is not a real date. */
export function moscowDayStart(day: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, date);
  const back = new Date(utc);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== date) return null;
  return new Date(utc - MOSCOW_OFFSET_MS);
}

export function periodProblem(
  from: string | undefined,
  to: string | undefined,
  now: Date,
): { field: "from" | "to"; problem: PeriodProblem } | null {
  const start = from ? moscowDayStart(from) : undefined;
  const end = to ? moscowDayStart(to) : undefined;
  if (start === null) return { field: "from", problem: "DATE" };
  if (end === null) return { field: "to", problem: "DATE" };
  const earliest = moscowDayStart(EARLIEST_DAY)!.getTime();
  const latest = now.getTime() + 365 * DAY_MS;
  for (const [field, at] of [
    ["from", start],
    ["to", end],
  ] as const) {
    if (at && (at.getTime() < earliest || at.getTime() > latest)) return { field, problem: "OUT_OF_RANGE" };
  }
  if (start && end) {
    if (start > end) return { field: "to", problem: "ORDER" };
    // At most a year, as an operator's detailed statement: 20 April to 20 April next year at the longest.
    const yearLater = new Date(start);
    yearLater.setUTCFullYear(yearLater.getUTCFullYear() + 1);
    if (end > yearLater) return { field: "to", problem: "TOO_LONG" };
  }
  return null;
}

/** Validated bounds for the query; a bad period is INVALID_INPUT with the field and the reason. */
export function ledgerPeriod(from: string | undefined, to: string | undefined, now: Date): LedgerPeriod {
  const problem = periodProblem(from, to, now);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  const end = to ? moscowDayStart(to) : null;
  return {
    gte: from ? (moscowDayStart(from) ?? undefined) : undefined,
    lt: end ? new Date(end.getTime() + DAY_MS) : undefined,
  };
}
