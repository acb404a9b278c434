// "Balance lasts until …": today's balance over the average daily spending of the last 30 days.

export const FORECAST_WINDOW_DAYS = 30;
/** Beyond a year the date means nothing; say "more than a year" instead. */
export const FORECAST_HORIZON_DAYS = 365;
const DAY_MS = 86_400_000;

export type BalanceForecast =
  /** Nothing left to spend: the balance is zero or in debt. */
  | { kind: "EXHAUSTED" }
  /** No charges in the window, so no rate to forecast with. */
  | { kind: "NO_SPENDING" }
  | { kind: "UNTIL"; dailySpend: number; days: number; until: Date }
  | { kind: "OVER_A_YEAR"; dailySpend: number };

/**
 * @param balance kopecks now
 * @param spentInWindow kopecks charged over the last FORECAST_WINDOW_DAYS days (a positive number; monthly fees included)
 */
export function forecastBalance(input: { balance: number; spentInWindow: number; now: Date }): BalanceForecast {
  if (input.balance <= 0) return { kind: "EXHAUSTED" };
  if (input.spentInWindow <= 0) return { kind: "NO_SPENDING" };
  const perDay = input.spentInWindow / FORECAST_WINDOW_DAYS;
  const dailySpend = Math.max(1, Math.round(perDay));
  // Whole days the money covers at the average rate; the balance runs out during the next one.
  const days = Math.floor(input.balance / perDay);
  if (days > FORECAST_HORIZON_DAYS) return { kind: "OVER_A_YEAR", dailySpend };
  return { kind: "UNTIL", dailySpend, days, until: new Date(input.now.getTime() + days * DAY_MS) };
}
