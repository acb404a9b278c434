import { AppError } from "@/server/domain/errors";
import { billingDay, moscowMonthStart } from "@/server/domain/billing/billing-calendar";

/** How far back a subscriber can ask for a statement: the ledger is kept, but a year is what people need. */
export const STATEMENT_MONTHS = 12;

export interface StatementMonth {
  /** "YYYY-MM", a calendar month in Moscow. */
  key: string;
  /** Midnight in Moscow on the 1st, and on the 1st of the month after. */
  from: Date;
  to: Date;
}

function monthOf(year: number, month: number): StatementMonth {
  const at = new Date(Date.UTC(year, month - 1, 1));
  const key = `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, "0")}`;
  return { key, from: moscowMonthStart(year, month), to: moscowMonthStart(year, month + 1) };
}

/** The months a statement can be asked for, the current one (so far) first. */
export function statementMonths(now: Date): StatementMonth[] {
  const today = billingDay(now);
  return Array.from({ length: STATEMENT_MONTHS }, (_, i) => monthOf(today.year, today.month - i));
}

/** A "YYYY-MM" of the last twelve months, or INVALID_INPUT naming the month. */
export function statementMonth(key: string, now: Date): StatementMonth {
  const found = statementMonths(now).find((m) => m.key === key);
  if (!found) throw new AppError("INVALID_INPUT", { field: "month" });
  return found;
}
