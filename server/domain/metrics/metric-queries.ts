// Every block of the supervisor's report, read from the daily rollups: the cost grows with the period's days,
// not with its chats. The figures are those of the raw scans (metric-scans.ts; rollup-report.int.test.ts
// compares them on random data): counts and sums add up over days, shares and averages are divided at the end,
// and what depends on "now" or the SLA is counted live from narrow indexes. A period that is not whole Moscow
// days is scanned.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { ChatChannel, ChatKind } from "@/server/generated/prisma/enums";
import { daysInRange, type MetricsRange } from "./metrics-range";
import { createdInPeriod, FIRST_RESPONSE_SECONDS, HANDLING_SECONDS, SELF_SERVICE_KIND } from "./metric-sql";
import { scanQueries } from "./metric-scans";
import type { BreakdownRow, DayRow, DurationMetrics, HourRow, SummaryMetrics } from "./metric-types";
import { ANSWERED, FIRST_RESPONSE_BUCKET, HANDLED, HANDLING_BUCKET } from "./rollup-day-rows";
import { rollupFollowUps, rollupPerOperator, rollupReviewFunnel } from "./rollup-programme";
import { isWholeDays, rollupSource, shareOf, sumOf, type DayFigures, type RollupSource } from "./rollup-reads";

/** The survey and rating figures of a group of rollup rows. */
function survey(rows: DayFigures[]) {
  const rated = sumOf(rows, "rated");
  const cesAnswers = sumOf(rows, "cesAnswers");
  return {
    csat: shareOf(sumOf(rows, "score45"), rated),
    averageCes: shareOf(sumOf(rows, "cesSum"), cesAnswers),
    fcr: shareOf(sumOf(rows, "fcrYes"), sumOf(rows, "fcrAnswers")),
  };
}

async function summary(source: RollupSource): Promise<SummaryMetrics> {
  const { range } = source;
  const [rows, counts, waiting] = await Promise.all([source.days(), source.counts(), source.waiting()]);
  const late = counts.filter((b) => b.figure === "firstResponse");
  const escalated = sumOf(rows, "escalated");
  // Answered past the SLA: whole-second buckets rounded up, so "more than the SLA" is "bucket above it".
  const missed =
    sumOf(rows, "unanswered") +
    sumOf(
      late.filter((b) => b.bucket > range.slaSeconds),
      "chats",
    ) +
    waiting.length;
  const rated = sumOf(rows, "rated");
  const npsAnswers = sumOf(rows, "npsAnswers");
  const cesAnswers = sumOf(rows, "cesAnswers");
  const fcrAnswers = sumOf(rows, "fcrAnswers");
  const { csat, averageCes, fcr } = survey(rows);
  return {
    chats: sumOf(rows, "chats"),
    escalated,
    missed,
    missedShare: shareOf(missed, escalated),
    rated,
    averageScore: shareOf(sumOf(rows, "scoreSum"), rated),
    csi: shareOf(sumOf(rows, "score5"), rated),
    csat,
    npsAnswers,
    nps: npsAnswers > 0 ? (100 * (sumOf(rows, "npsPromoters") - sumOf(rows, "npsDetractors"))) / npsAnswers : null,
    cesAnswers,
    averageCes,
    cesEasy: shareOf(sumOf(rows, "cesEasy"), cesAnswers),
    fcrAnswers,
    fcr,
  };
}

/**
 * The exact 90th percentile as percentile_cont computes it, from the histogram: the one or two ranks it
 * interpolates between are read in one indexed query from their buckets' chats of the period (no chat of the
 * period lies in a bucket between them, so ordered by value the ranks follow each other).
 */
async function duration(
  { db, range, counts }: RollupSource,
  figure: "firstResponse" | "handling",
  [bucket, seconds, qualifies]: [Prisma.Sql, Prisma.Sql, Prisma.Sql],
): Promise<DurationMetrics> {
  const histogram = (await counts()).filter((b) => b.figure === figure);
  const chats = sumOf(histogram, "chats");
  if (chats === 0) return { chats, averageSeconds: null, p90Seconds: null };
  const position = 0.9 * (chats - 1);
  const [low, high] = [Math.floor(position), Math.ceil(position)];
  /** The bucket holding `rank`, and how many chats the buckets before it hold. */
  const bucketOf = (rank: number) => {
    let before = 0;
    for (const b of histogram) if ((before += b.chats) > rank) return { bucket: b.bucket, before: before - b.chats };
    return { bucket: histogram.at(-1)!.bucket, before: chats };
  };
  const [first, last] = [bucketOf(low), bucketOf(high)];
  const values = await db.$queryRaw<Array<{ value: number }>>`
    SELECT ${seconds} AS "value" FROM "Chat" c
    WHERE ${bucket} BETWEEN ${first.bucket} AND ${last.bucket} AND ${createdInPeriod(range)} AND ${qualifies}
    ORDER BY 1 OFFSET ${low - first.before} LIMIT ${high - low + 1}`;
  const [lowValue, highValue] = [values[0]?.value, values.at(-1)?.value];
  // A write between the histogram and the lookup moved a value out of its bucket: this once, the scan decides.
  if (values.length !== high - low + 1 || lowValue === undefined || highValue === undefined)
    return scanQueries[figure](db, range);
  return {
    chats,
    averageSeconds: sumOf(histogram, "totalMs") / 1000 / chats,
    p90Seconds: lowValue + (highValue - lowValue) * (position - low),
  };
}

const firstResponse = (source: RollupSource) =>
  duration(source, "firstResponse", [FIRST_RESPONSE_BUCKET, FIRST_RESPONSE_SECONDS, ANSWERED]);
const handling = (source: RollupSource) => duration(source, "handling", [HANDLING_BUCKET, HANDLING_SECONDS, HANDLED]);

async function containment(source: RollupSource) {
  const { sessions, contained } = await source.containment();
  return { sessions, contained, share: shareOf(contained, sessions) };
}

function breakdown<K extends string>(rows: DayFigures[], keyOf: (row: DayFigures) => string, keys: readonly K[]) {
  return keys.map((key): BreakdownRow<K> => {
    const group = rows.filter((row) => keyOf(row) === key);
    return { key, chats: sumOf(group, "chats"), escalated: sumOf(group, "escalated"), ...survey(group) };
  });
}

const byKind = async (source: RollupSource) =>
  breakdown(await source.days(), (row) => row.kind, [...Object.values(ChatKind), SELF_SERVICE_KIND] as const);
const byChannel = async (source: RollupSource) =>
  breakdown(await source.days(), (row) => row.channel, Object.values(ChatChannel));

async function byHour(source: RollupSource): Promise<HourRow[]> {
  const rows = await source.days();
  return Array.from({ length: 24 }, (_, hour) => ({
    hour,
    chats: rows.reduce((total, row) => total + (row.hourChats[hour] ?? 0), 0),
  }));
}

async function daily(source: RollupSource): Promise<DayRow[]> {
  const rows = await source.days();
  return breakdown(rows, (row) => row.day, daysInRange(source.range)).map(({ key, ...figures }) => ({
    day: key,
    ...figures,
  }));
}

const rollupQueries = {
  summary,
  firstResponse,
  handling,
  containment,
  byKind,
  byChannel,
  byHour,
  daily,
  perOperator: rollupPerOperator,
  reviewFunnel: rollupReviewFunnel,
  followUps: rollupFollowUps,
} satisfies { [K in keyof typeof scanQueries]: (source: RollupSource) => ReturnType<(typeof scanQueries)[K]> };

type Blocks = typeof scanQueries;
export type MetricsResults = { [K in keyof Blocks]: Awaited<ReturnType<Blocks[K]>> };
const names = Object.keys(scanQueries) as Array<keyof Blocks>;

/** Every block of the report by name, from the rollups for whole days; the benchmark times each one on its own. */
export const metricQueries = Object.fromEntries(
  names.map((name) => [
    name,
    (db: Db, range: MetricsRange) =>
      isWholeDays(range) ? rollupQueries[name](rollupSource(db, range)) : scanQueries[name](db, range),
  ]),
) as Blocks;

/** All the blocks over one period, their reads shared: the rollups' for whole days, else the scans'. */
export async function allMetrics(db: Db, range: MetricsRange): Promise<MetricsResults> {
  const source = rollupSource(db, range);
  const values = await Promise.all(
    names.map((name) => (isWholeDays(range) ? rollupQueries[name](source) : scanQueries[name](db, range))),
  );
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as MetricsResults;
}
