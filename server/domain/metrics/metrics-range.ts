// The reporting period of the quality metrics: Moscow calendar days, both ends included in the form,
// turned into a half-open UTC interval [from, to) over the chat's creation time.
import { z } from "zod";
import { AppError } from "@/server/domain/errors";
import { billingDay } from "@/server/domain/billing/billing-calendar";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";

export const DEFAULT_METRICS_DAYS = 30;
/** A whole leap year, today included, is the longest period. */
export const MAX_METRICS_DAYS = 366;
const DAY_MS = 86_400_000;

export interface MetricsRange {
  /** First instant of the period (midnight in Moscow). */
  from: Date;
  /** First instant after the period (midnight in Moscow after the last day). */
  to: Date;
  /** Response SLA: an escalated chat without a human reply for longer than this is missed. */
  slaSeconds: number;
  /** "Now" for chats still waiting; defaults to the query time. */
  now?: Date;
}

/** The period as the form shows it: "YYYY-MM-DD" days in Moscow, both included. */
export interface MetricsDays {
  from: string;
  to: string;
}

export type MetricsPeriodProblem = "DATE" | "ORDER" | "TOO_LONG";

/** Today's date in Moscow as "YYYY-MM-DD". */
export function moscowDayOf(at: Date): string {
  const { year, month, day } = billingDay(at);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const addDays = (day: string, days: number) => moscowDayOf(new Date(moscowDayStart(day)!.getTime() + days * DAY_MS));

/** Days in an inclusive period of real dates. */
const daysBetween = (from: string, to: string) =>
  Math.round((moscowDayStart(to)!.getTime() - moscowDayStart(from)!.getTime()) / DAY_MS) + 1;

/**
 * The period to report, filling what is missing: no "to" means today, no "from" means the
 * DEFAULT_METRICS_DAYS days ending on "to". Unchecked: call metricsPeriodProblem first.
 */
export function resolveMetricsDays(input: { from?: string; to?: string }, now: Date): MetricsDays {
  const to = input.to ?? moscowDayOf(now);
  return { from: input.from ?? addDays(to, -(DEFAULT_METRICS_DAYS - 1)), to };
}

/** What is wrong with a requested period, if anything, and in which field. */
export function metricsPeriodProblem(
  input: { from?: string; to?: string },
  now: Date,
): { field: "from" | "to"; problem: MetricsPeriodProblem } | null {
  if (input.from !== undefined && !moscowDayStart(input.from)) return { field: "from", problem: "DATE" };
  if (input.to !== undefined && !moscowDayStart(input.to)) return { field: "to", problem: "DATE" };
  const days = resolveMetricsDays(input, now);
  const length = daysBetween(days.from, days.to);
  if (length < 1) return { field: input.to === undefined ? "from" : "to", problem: "ORDER" };
  if (length > MAX_METRICS_DAYS) return { field: input.from === undefined ? "to" : "from", problem: "TOO_LONG" };
  return null;
}

/** Procedure and export input: optional "YYYY-MM-DD" days, checked as a period; the issue message is the problem code. */
export const metricsPeriodInput = z
  .object({ from: z.string().max(10).optional(), to: z.string().max(10).optional() })
  .superRefine((input, ctx) => {
    const found = metricsPeriodProblem(input, new Date());
    if (found)
      ctx.addIssue({ code: "custom", path: [found.field], message: found.problem, params: { problem: found.problem } });
  });

export function metricsRangeOf(days: MetricsDays, slaSeconds: number, now?: Date): MetricsRange {
  return {
    from: moscowDayStart(days.from)!,
    to: new Date(moscowDayStart(days.to)!.getTime() + DAY_MS),
    slaSeconds,
    ...(now ? { now } : {}),
  };
}

/** A checked range for the queries; a bad period is INVALID_INPUT with the field and the problem. */
export function metricsRange(
  input: { from?: string; to?: string },
  options: { slaSeconds: number; now: Date },
): MetricsRange {
  const found = metricsPeriodProblem(input, options.now);
  if (found) throw new AppError("INVALID_INPUT", found);
  return metricsRangeOf(resolveMetricsDays(input, options.now), options.slaSeconds, options.now);
}

/** The period's days back from a range, for forms and file names. */
export function metricsDaysOf(range: MetricsRange): MetricsDays {
  return { from: moscowDayOf(range.from), to: moscowDayOf(new Date(range.to.getTime() - DAY_MS)) };
}

/** Every day of the range in order, for series that must show empty days too. */
export function daysInRange(range: MetricsRange): string[] {
  const { from, to } = metricsDaysOf(range);
  return Array.from({ length: daysBetween(from, to) }, (_, i) => addDays(from, i));
}
