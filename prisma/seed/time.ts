// Calendar helpers for the demo history. Days are UTC days; the history window is
// HISTORY_DAYS long and ends today (relative to `now`).

export const HISTORY_DAYS = 92;
const DAY_MS = 24 * 60 * 60 * 1000;

export function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

export interface HistoryWindow {
  now: Date;
  /** Midnight (UTC) of the first history day. */
  start: Date;
  days: number;
  /** Midnight (UTC) of day `index` (0 = first day, days-1 = today). */
  day(index: number): Date;
  /** A moment on day `index`; never later than `now`, or null when it would be in the future. */
  at(index: number, hour: number, minute: number): Date | null;
  isFirstOfMonth(index: number): boolean;
  /** The month that day `index` belongs to, "YYYY-MM": the ledger names it in the reader's language. */
  month(index: number): string;
  /** Share of day `index` that has already passed (1 for every day before today). */
  elapsedShare(index: number): number;
}

export function historyWindow(now: Date, days = HISTORY_DAYS): HistoryWindow {
  const start = addDays(startOfUtcDay(now), -(days - 1));
  const day = (index: number) => addDays(start, index);
  return {
    now,
    start,
    days,
    day,
    at(index, hour, minute) {
      const moment = new Date(day(index).getTime() + (hour * 60 + minute) * 60_000);
      return moment.getTime() <= now.getTime() ? moment : null;
    },
    isFirstOfMonth: (index) => day(index).getUTCDate() === 1,
    month: (index) => day(index).toISOString().slice(0, 7),
    elapsedShare(index) {
      const passed = (now.getTime() - day(index).getTime()) / DAY_MS;
      return Math.min(1, Math.max(0, passed));
    },
  };
}

/** A day of the week (0 = Sunday) for day `date`. */
export function isWeekend(date: Date): boolean {
  const dow = date.getUTCDay();
  return dow === 0 || dow === 6;
}
