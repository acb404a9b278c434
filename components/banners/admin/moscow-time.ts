/** Moscow has kept UTC+3 all year since 2014, so a fixed offset converts both ways without a time-zone database. */
const MOSCOW_OFFSET_MS = 3 * 60 * 60 * 1000;
const LOCAL_INPUT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** A moment as a datetime-local value on Moscow's wall clock ("2026-05-01T09:00"). */
export function toMoscowInput(at: Date): string {
  return new Date(at.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Moscow time, whatever the browser's own zone; null when empty or malformed. */
export function fromMoscowInput(value: string): Date | null {
  if (!LOCAL_INPUT.test(value)) return null;
  const at = new Date(`${value}:00+03:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** Date and time on Moscow's clock in the reader's locale, for tables. */
export function formatMoscow(at: Date, locale: string): string {
  return at.toLocaleString(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });
}
