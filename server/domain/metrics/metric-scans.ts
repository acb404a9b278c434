// The reference definition of every block of the supervisor's report: one aggregate query over the raw rows
// each. The report reads the daily rollups (metric-queries.ts); a test holds both to the same figures.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { ChatChannel, ChatKind } from "@/server/generated/prisma/enums";
import { daysInRange, type MetricsRange } from "./metrics-range";
import {
  AVERAGE_SCORE,
  BOT_CHAT,
  createdInPeriod,
  CREATED_IN_MOSCOW,
  CSAT,
  CSI,
  ESCALATED,
  FIRST_RESPONSE_SECONDS,
  HANDLING_SECONDS,
  missed,
  missedShare,
  SELF_SERVICE_KIND,
  toNumber,
} from "./metric-sql";
import type {
  BreakdownRow,
  ContainmentMetrics,
  DayRow,
  DurationMetrics,
  HourRow,
  SummaryMetrics,
  SurveyTotals,
} from "./metric-types";
import { noSurveys, surveyFiguresByColumn, surveyFiguresByDay, surveyTotals } from "./survey-metrics";
import { perOperatorMetrics } from "./operator-metrics";
import { followUpMetrics, reviewFunnel } from "./programme-metrics";

type Num = bigint | number | string | null;

const FROM_CHATS = Prisma.sql`FROM "Chat" c LEFT JOIN "Rating" r ON r."chatId" = c."id"`;

type ChatSummary = Omit<SummaryMetrics, keyof SurveyTotals>;

async function summary(db: Db, range: MetricsRange): Promise<SummaryMetrics> {
  const [row] = await db.$queryRaw<Array<Record<keyof ChatSummary, Num>>>`
    SELECT COUNT(*)::int AS "chats",
           COUNT(*) FILTER (WHERE ${ESCALATED})::int AS "escalated",
           COUNT(*) FILTER (WHERE ${missed(range)})::int AS "missed",
           ${missedShare(range)} AS "missedShare",
           COUNT(r."score")::int AS "rated",
           ${AVERAGE_SCORE} AS "averageScore",
           ${CSI} AS "csi",
           ${CSAT} AS "csat"
    ${FROM_CHATS}
    WHERE ${createdInPeriod(range)}`;
  const n = (key: keyof ChatSummary) => toNumber(row?.[key] ?? null);
  return {
    chats: n("chats") ?? 0,
    escalated: n("escalated") ?? 0,
    missed: n("missed") ?? 0,
    missedShare: n("missedShare"),
    rated: n("rated") ?? 0,
    averageScore: n("averageScore"),
    csi: n("csi"),
    csat: n("csat"),
    ...(await surveyTotals(db, range)),
  };
}

async function duration(
  db: Db,
  range: MetricsRange,
  seconds: Prisma.Sql,
  qualifies: Prisma.Sql,
): Promise<DurationMetrics> {
  const [row] = await db.$queryRaw<Array<{ chats: Num; average: Num; p90: Num }>>`
    SELECT COUNT(*)::int AS "chats",
           AVG(${seconds})::float8 AS "average",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${seconds})::float8 AS "p90"
    FROM "Chat" c
    WHERE ${createdInPeriod(range)} AND ${qualifies}`;
  return {
    chats: toNumber(row?.chats ?? null) ?? 0,
    averageSeconds: toNumber(row?.average ?? null),
    p90Seconds: toNumber(row?.p90 ?? null),
  };
}

/** First response time over chats that were queued and answered by a person. */
const firstResponse = (db: Db, range: MetricsRange) =>
  duration(db, range, FIRST_RESPONSE_SECONDS, Prisma.sql`c."queuedAt" IS NOT NULL AND c."firstResponseAt" IS NOT NULL`);

/** Handling time over chats that an operator took and that are closed. */
const handling = (db: Db, range: MetricsRange) =>
  duration(db, range, HANDLING_SECONDS, Prisma.sql`c."assignedAt" IS NOT NULL AND c."closedAt" IS NOT NULL`);

/**
 * Self-service containment (PRODUCT.md): help sessions that ended without reaching an operator, over all
 * help sessions. A help session is a browser session that in the period was shown a hint, read an article or
 * chatted with the bot; it reached an operator if one of its chats of the period was escalated (the same
 * chats the summary counts as escalated). A sales chat straight from a banner is not a help session.
 */
async function containment(db: Db, range: MetricsRange): Promise<ContainmentMetrics> {
  const [row] = await db.$queryRaw<Array<{ sessions: Num; contained: Num }>>`
    WITH "sessions" AS (
      SELECT h."sessionKey" FROM "HintImpression" h WHERE ${createdInPeriod(range, Prisma.sql`h."createdAt"`)}
      UNION
      SELECT v."sessionKey" FROM "HelpArticleView" v WHERE ${createdInPeriod(range, Prisma.sql`v."createdAt"`)}
      UNION
      SELECT c."sessionKey" FROM "Chat" c WHERE ${createdInPeriod(range)} AND c."sessionKey" IS NOT NULL AND ${BOT_CHAT}
    ),
    -- Computed once and joined: a per-session EXISTS probe was 3–5× slower over 100,000 chats (npm run bench:metrics).
    "reachedOperator" AS (
      SELECT DISTINCT c."sessionKey" FROM "Chat" c
      WHERE ${createdInPeriod(range)} AND c."sessionKey" IS NOT NULL AND ${ESCALATED}
    )
    SELECT COUNT(*)::int AS "sessions", COUNT(*) FILTER (WHERE r."sessionKey" IS NULL)::int AS "contained"
    FROM "sessions" s LEFT JOIN "reachedOperator" r ON r."sessionKey" = s."sessionKey"`;
  const sessions = toNumber(row?.sessions ?? null) ?? 0;
  const contained = toNumber(row?.contained ?? null) ?? 0;
  return { sessions, contained, share: sessions > 0 ? contained / sessions : null };
}

/** Chats by kind or channel, with the survey's effort and resolution of the same key (self-service included). */
async function breakdown<K extends string>(
  db: Db,
  range: MetricsRange,
  column: "kind" | "channel",
  keys: readonly K[],
): Promise<BreakdownRow<K>[]> {
  const rows = await db.$queryRaw<Array<{ key: string; chats: Num; escalated: Num; csat: Num }>>`
    SELECT c.${Prisma.raw(`"${column}"`)}::text AS "key", COUNT(*)::int AS "chats",
           COUNT(*) FILTER (WHERE ${ESCALATED})::int AS "escalated", ${CSAT} AS "csat"
    ${FROM_CHATS}
    WHERE ${createdInPeriod(range)}
    GROUP BY 1`;
  const byKey = new Map(rows.map((row) => [row.key, row]));
  const surveys = await surveyFiguresByColumn(db, range, column);
  return keys.map((key) => {
    const row = byKey.get(key);
    return {
      key,
      chats: toNumber(row?.chats ?? null) ?? 0,
      escalated: toNumber(row?.escalated ?? null) ?? 0,
      csat: toNumber(row?.csat ?? null),
      ...(surveys.get(key) ?? noSurveys),
    };
  });
}

/** The chat kinds, and self-service contacts as a kind of their own (no chats, only their surveys). */
const byKind = (db: Db, range: MetricsRange) =>
  breakdown(db, range, "kind", [...Object.values(ChatKind), SELF_SERVICE_KIND] as const);
const byChannel = (db: Db, range: MetricsRange) => breakdown(db, range, "channel", Object.values(ChatChannel));

/** Chats by the hour of the day they started, Moscow time; all 24 hours, empty ones as zero. */
async function byHour(db: Db, range: MetricsRange): Promise<HourRow[]> {
  const rows = await db.$queryRaw<Array<{ hour: Num; chats: Num }>>`
    SELECT EXTRACT(HOUR FROM ${CREATED_IN_MOSCOW})::int AS "hour", COUNT(*)::int AS "chats"
    FROM "Chat" c
    WHERE ${createdInPeriod(range)}
    GROUP BY 1`;
  const byKey = new Map(rows.map((row) => [Number(row.hour), toNumber(row.chats) ?? 0]));
  return Array.from({ length: 24 }, (_, hour) => ({ hour, chats: byKey.get(hour) ?? 0 }));
}

/** One row per Moscow day of the period, empty days included. */
async function daily(db: Db, range: MetricsRange): Promise<DayRow[]> {
  const rows = await db.$queryRaw<Array<{ day: string; chats: Num; escalated: Num; csat: Num }>>`
    SELECT to_char(${CREATED_IN_MOSCOW}, 'YYYY-MM-DD') AS "day",
           COUNT(*)::int AS "chats",
           COUNT(*) FILTER (WHERE ${ESCALATED})::int AS "escalated",
           ${CSAT} AS "csat"
    ${FROM_CHATS}
    WHERE ${createdInPeriod(range)}
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row]));
  const surveys = await surveyFiguresByDay(db, range);
  return daysInRange(range).map((day) => {
    const row = byDay.get(day);
    return {
      day,
      chats: toNumber(row?.chats ?? null) ?? 0,
      escalated: toNumber(row?.escalated ?? null) ?? 0,
      csat: toNumber(row?.csat ?? null),
      ...(surveys.get(day) ?? noSurveys),
    };
  });
}

/** Every block of the report by name, scanned from the raw rows. */
export const scanQueries = {
  summary,
  firstResponse,
  handling,
  containment,
  byKind,
  byChannel,
  byHour,
  daily,
  perOperator: perOperatorMetrics,
  reviewFunnel,
  followUps: followUpMetrics,
} satisfies Record<string, (db: Db, range: MetricsRange) => Promise<unknown>>;
