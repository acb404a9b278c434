// What the report reads from the daily rollups, after refreshing the period's changed days; plus the few
// live reads whose answer depends on "now" or on the SLA and so cannot be rolled up.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import type { MetricsRange } from "./metrics-range";
import { metricsDaysOf, moscowDayOf } from "./metrics-range";
import { createdInPeriod, missed } from "./metric-sql";
import { refreshMetricsRollups } from "./metrics-rollup";
import { WAITING } from "./rollup-day-rows";
import { followUpOfPeriod } from "./programme-metrics";

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

async function dayFigures(db: Db, range: MetricsRange): Promise<DayFigures[]> {
  return db.$queryRaw<DayFigures[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS "day", "kind"::text AS "kind", "channel"::text AS "channel", "chats",
      "escalated", "unanswered", "rated", "scoreSum", "score5", "score45", "npsAnswers", "npsPromoters", "npsDetractors",
      "cesAnswers", "cesSum", "cesEasy", "fcrAnswers", "fcrYes", "hourChats", "reviewInvited", "reviewClicked",
      "followUps", "followUpsClosed", "followUpsClosedLate", "compensated", "compensationKopecks"::float8 AS "compensationKopecks"
    FROM "MetricsDay" WHERE ${inDays(range)}`;
}

export interface CountRow {
  key: string;
  bucket: number;
  chats: number;
  totalMs: number;
}

/** MetricsDayCount over the period, days summed, by figure, key and bucket in order. */
async function dayCounts(db: Db, range: MetricsRange): Promise<Array<CountRow & { figure: string }>> {
  return db.$queryRaw`
    SELECT "figure", "key", "bucket", SUM("chats")::int AS "chats", SUM("totalMs")::float8 AS "totalMs"
    FROM "MetricsDayCount" WHERE ${inDays(range)}
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

async function operatorFigures(db: Db, range: MetricsRange): Promise<OperatorFigures[]> {
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
async function containmentFigures(db: Db, range: MetricsRange): Promise<{ sessions: number; contained: number }> {
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
async function waitingMissed(db: Db, range: MetricsRange): Promise<Array<{ staffIds: string[] }>> {
  return db.$queryRaw`
    SELECT ARRAY(SELECT DISTINCT s FROM unnest(array_append(c."passedOverIds", c."missedById")) s WHERE s IS NOT NULL)
      AS "staffIds"
    FROM "Chat" c WHERE ${createdInPeriod(range)} AND ${WAITING} AND ${missed(range)}`;
}

/** Open follow-ups of the period's contacts that fell due today (Moscow) before "now": the rest are in the rollups. */
async function dueTodayFollowUps(db: Db, range: MetricsRange): Promise<number> {
  const now = range.now ?? new Date();
  const [row] = await db.$queryRaw<Array<{ overdue: number }>>`
    SELECT COUNT(*)::int AS "overdue" FROM "FollowUp" f
    WHERE f."resolvedAt" IS NULL AND f."dueAt" >= ${moscowDayStart(moscowDayOf(now))} AND f."dueAt" < ${now}
      AND ${followUpOfPeriod(range)}`;
  return row?.overdue ?? 0;
}

/**
 * The reads of one report, each made at most once and shared by its blocks, the rollups' after the period's
 * changed days were rebuilt.
 */
export function rollupSource(db: Db, range: MetricsRange) {
  const memo = <T>(read: () => Promise<T>) => {
    let promise: Promise<T> | undefined;
    return () => (promise ??= read());
  };
  const refreshed = memo(() => refreshMetricsRollups(db, range));
  const settled = <T>(read: (db: Db, range: MetricsRange) => Promise<T>) =>
    memo(async () => {
      await refreshed();
      return read(db, range);
    });
  return {
    db,
    range,
    days: settled(dayFigures),
    counts: settled(dayCounts),
    operators: settled(operatorFigures),
    containment: settled(containmentFigures),
    waiting: memo(() => waitingMissed(db, range)),
    dueToday: memo(() => dueTodayFollowUps(db, range)),
  };
}

export type RollupSource = ReturnType<typeof rollupSource>;

export const sumOf = <T>(rows: T[], key: { [K in keyof T]: T[K] extends number ? K : never }[keyof T]) =>
  rows.reduce((total, row) => total + (row[key] as number), 0);

/** part / whole, null without a whole (the scans' NULLIF). */
export const shareOf = (part: number, whole: number) => (whole > 0 ? part / whole : null);
