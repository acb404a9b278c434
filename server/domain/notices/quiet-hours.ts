// No SMS at night: a notice raised in the quiet hours (Moscow time) waits in the outbox until morning.

export interface QuietHours {
  /** Moscow hour the quiet starts (22 → from 22:00). */
  from: number;
  /** Moscow hour it ends (9 → until 09:00). */
  to: number;
}

export const QUIET_HOURS: QuietHours = { from: 22, to: 9 };
/** Moscow keeps UTC+3 all year (no daylight saving since 2014). */
const MOSCOW_OFFSET_HOURS = 3;
const HOUR_MS = 3_600_000;

/** When an SMS raised at `now` may leave: null at once, else the end of the quiet hours. */
export function smsNotBefore(now: Date, quiet: QuietHours = QUIET_HOURS): Date | null {
  const moscow = new Date(now.getTime() + MOSCOW_OFFSET_HOURS * HOUR_MS);
  const hour = moscow.getUTCHours();
  const inQuiet = quiet.from > quiet.to ? hour >= quiet.from || hour < quiet.to : hour >= quiet.from && hour < quiet.to;
  if (!inQuiet) return null;
  const morning = Date.UTC(moscow.getUTCFullYear(), moscow.getUTCMonth(), moscow.getUTCDate(), quiet.to);
  // Before midnight the morning is tomorrow's.
  const day = hour >= quiet.to ? 24 * HOUR_MS : 0;
  return new Date(morning + day - MOSCOW_OFFSET_HOURS * HOUR_MS);
}
