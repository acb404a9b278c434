// What the report reads from the daily rollups, after refreshing the period's changed days; plus the few
// live reads whose answer depends on "now" or on the SLA and so cannot be rolled up.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import type { MetricsRange } from "./metrics-range";
import { metricsDaysOf } from "./metrics-range";
import { createdInPeriod, missed } from "./metric-sql";
import { refreshMetricsRollups, WAITING } from "./metrics-rollup";

/** The additive columns of MetricsDay, as the report sums them. */
export interface DayFigures {
  day: string;
  kind: string;
  channel: string;
  chats: number;
  escalated: number;
  unanswered: number;
  rated: number;
  scoreSum: number;
  score5: number;
  score45: number;
  npsAnswers: number;
  npsPromoters: number;
  npsDetractors: number;
  cesAnswers: number;
  cesSum: number;
  cesEasy: number;
  fcrAnswers: number;
  fcrYes: number;
  hourChats: number[];
  reviewInvited: number;
  reviewClicked: number;
  followUps: number;
  followUpsClosed: number;
  followUpsClosedLate: number;
  compensated: number;
  compensationKopecks: number;
}

/** True when the range is whole Moscow days, the only periods the rollups hold. */
export function isWholeDays(range: MetricsRange): boolean {
  const start = moscowDayStart(metricsDaysOf(range).from)!.getTime();
  return start === range.from.getTime() && (range.to.getTime() - start) % 86_400_000 === 0;
}

const inDays = (range: MetricsRange) => {
  const { from, to } = metricsDaysOf(range);
  return Prisma.sql`"day" BETWEEN ${from}::date AND ${to}::date`;
};

export async function dayFigures(db: Db, range: MetricsRange): Promise<DayFigures[]> {
  await refreshMetricsRollups(db, range);
  return db.$queryRaw<DayFigures[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS "day", "kind"::text AS "kind", "channel"::text AS "channel", "chats",
      "escalated", "unanswered", "rated", "scoreSum", "score5", "score45", "npsAnswers", "npsPromoters", "npsDetractors",
      "cesAnswers", "cesSum", "cesEasy", "fcrAnswers", "fcrYes", "hourChats", "reviewInvited", "reviewClicked",
      "followUps", "followUpsClosed", "followUpsClosedLate", "compensated", "compensationKopecks"::float8 AS "compensationKopecks"
    FROM "MetricsDay" WHERE ${inDays(range)}`;
}

export interface CountRow {
  key: string;
  seconds: number;
  chats: number;
  totalMs: number;
}

/** One figure of MetricsDayCount over the period, days summed, by key and seconds in order. */
export async function dayCounts(
  db: Db,
  range: MetricsRange,
  figures: string[],
): Promise<Array<CountRow & { figure: string }>> {
  await refreshMetricsRollups(db, range);
  return db.$queryRaw`
    SELECT "figure", "key", "seconds", SUM("chats")::int AS "chats", SUM("totalMs")::float8 AS "totalMs"
    FROM "MetricsDayCount" WHERE ${inDays(range)} AND "figure" = ANY(${figures}::text[])
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
}

export interface OperatorFigures {
  staffId: string;
  handled: number;
  handlingCount: number;
  handlingMs: number;
  answeredRows: number;
  answeredCount: number;
  answeredMs: number;
  ratingRows: number;
  rated: number;
  scoreSum: number;
  score45: number;
  cesAnswers: number;
  cesSum: number;
  fcrAnswers: number;
  fcrYes: number;
}

export async function operatorFigures(db: Db, range: MetricsRange): Promise<OperatorFigures[]> {
  await refreshMetricsRollups(db, range);
  return db.$queryRaw`
    SELECT "staffId", SUM("handled")::int AS "handled", SUM("handlingCount")::int AS "handlingCount",
      SUM("handlingMs")::float8 AS "handlingMs", SUM("answeredRows")::int AS "answeredRows",
      SUM("answeredCount")::int AS "answeredCount", SUM("answeredMs")::float8 AS "answeredMs",
      SUM("ratingRows")::int AS "ratingRows", SUM("rated")::int AS "rated", SUM("scoreSum")::int AS "scoreSum",
      SUM("score45")::int AS "score45", SUM("cesAnswers")::int AS "cesAnswers", SUM("cesSum")::int AS "cesSum",
      SUM("fcrAnswers")::int AS "fcrAnswers", SUM("fcrYes")::int AS "fcrYes"
    FROM "MetricsOperatorDay" WHERE ${inDays(range)} GROUP BY 1`;
}

/** Help sessions of the period: the one-day ones counted per day, the others once over their rows. */
export async function containmentFigures(
  db: Db,
  range: MetricsRange,
): Promise<{ sessions: number; contained: number }> {
  await refreshMetricsRollups(db, range);
  const [row] = await db.$queryRaw<Array<{ sessions: number; contained: number }>>`
    WITH "spanning" AS (
      SELECT bool_or("active") AS "active", bool_or("reached") AS "reached"
      FROM "MetricsSessionDay" WHERE ${inDays(range)} GROUP BY "sessionKey"
    )
    SELECT (COALESCE((SELECT SUM("sessions") FROM "MetricsContainmentDay" WHERE ${inDays(range)}), 0)
              + (SELECT COUNT(*) FILTER (WHERE "active") FROM "spanning"))::int AS "sessions",
           (COALESCE((SELECT SUM("contained") FROM "MetricsContainmentDay" WHERE ${inDays(range)}), 0)
              + (SELECT COUNT(*) FILTER (WHERE "active" AND NOT "reached") FROM "spanning"))::int AS "contained"`;
  return { sessions: row?.sessions ?? 0, contained: row?.contained ?? 0 };
}

/** Escalated chats of the period still unanswered past the SLA at "now": who let each one pass (indexed, few rows). */
export async function waitingMissed(db: Db, range: MetricsRange): Promise<Array<{ staffIds: string[] }>> {
  return db.$queryRaw`
    SELECT ARRAY(SELECT DISTINCT s FROM unnest(array_append(c."passedOverIds", c."missedById")) s WHERE s IS NOT NULL)
      AS "staffIds"
    FROM "Chat" c WHERE ${createdInPeriod(range)} AND ${WAITING} AND ${missed(range)}`;
}

/** Open follow-ups of the period's chats already past their due time at "now". */
export async function openOverdueFollowUps(db: Db, range: MetricsRange): Promise<number> {
  const now = range.now ?? new Date();
  const [row] = await db.$queryRaw<Array<{ overdue: number }>>`
    SELECT COUNT(*)::int AS "overdue" FROM "FollowUp" f JOIN "Chat" c ON c."id" = f."chatId"
    WHERE f."resolvedAt" IS NULL AND f."dueAt" < ${now} AND ${createdInPeriod(range)}`;
  return row?.overdue ?? 0;
}

export const sumOf = <T>(rows: T[], key: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]) =>
  rows.reduce((total, row) => total + (row[key] as number), 0);

/** part / whole, null without a whole (the scans' NULLIF). */
export const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);
