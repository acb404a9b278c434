// Billing follows the calendar in Moscow: fees are charged for the whole month on the 1st,
// and changes in the middle of a month are charged for the days left.
const BILLING_TIME_ZONE = "Europe/Moscow";

export interface BillingDay {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  daysInMonth: number;
}

// Built once: constructing a time-zone formatter costs about a millisecond of CPU, and every tariff
// change and package view asks for the billing day several times.
const billingDayFormat = new Intl.DateTimeFormat("en-CA", {
  timeZone: BILLING_TIME_ZONE,
  year: "numeric",
  month: "numeric",
  day: "numeric",
});

export function billingDay(at: Date): BillingDay {
  const parts = billingDayFormat.formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const year = get("year");
  const month = get("month");
  return { year, month, day: get("day"), daysInMonth: new Date(Date.UTC(year, month, 0)).getUTCDate() };
}

/** Days from today to the end of the month, today included. */
export function daysLeftInMonth(at: Date): number {
  const { day, daysInMonth } = billingDay(at);
  return daysInMonth - day + 1;
}

/** A monthly fee for the days left in this month, rounded to the kopeck. */
export function proratedFee(monthlyFee: number, at: Date): number {
  const { daysInMonth } = billingDay(at);
  return Math.round((monthlyFee * daysLeftInMonth(at)) / daysInMonth);
}

/** Midnight in Moscow on the 1st of a month (1–12; 13 is January of the next year). Moscow is UTC+3 all year. */
export function moscowMonthStart(year: number, month: number): Date {
  return new Date(Date.UTC(year, month - 1, 1) - 3 * 3600_000);
}

/** Midnight in Moscow on the 1st of next month, when the next full monthly charge happens. */
export function nextMonthlyChargeDate(at: Date): Date {
  const { year, month } = billingDay(at);
  return moscowMonthStart(year, month + 1);
}
