// A banner's funnel over a period: impressions → clicks → chats → conversions, aggregated by the database.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { BannerPlacement, BannerStatus } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { createdInPeriod, toNumber } from "@/server/domain/metrics/metric-sql";
import {
  daysInRange,
  metricsDaysOf,
  metricsRange,
  type MetricsDays,
  type MetricsRange,
} from "@/server/domain/metrics/metrics-range";
import type { FunnelStep } from "./funnel-steps";

export type FunnelCounts = Record<FunnelStep, number>;

/** How long after a click or a chat a tariff change or option connection still counts as the banner's sale. */
export const CONVERSION_WINDOW_DAYS = 7;

export interface BannerFunnel {
  banner: { id: string; title: string; placement: BannerPlacement; status: BannerStatus };
  period: MetricsDays;
  totals: FunnelCounts;
  /** clicks / impressions, 0–1; null without impressions. */
  clickThroughRate: number | null;
  /**
   * conversions / clicks, 0–1; null without clicks. Clicks, not chats, are the denominator: every
   * attributed sale starts with a click on the call to action, and many happen in self-service
   * without a chat, so dividing by chats would overstate the rate (even past 100 %).
   */
  conversionRate: number | null;
  /** One row per Moscow day of the period, empty days included. */
  daily: Array<{ day: string } & FunnelCounts>;
}

const MOSCOW_DAY = (column: Prisma.Sql) =>
  Prisma.sql`to_char(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Moscow', 'YYYY-MM-DD')`;

/**
 * One aggregate query. A touch is a click or a banner chat by a known subscriber in the period; the
 * subscriber converts when an applied tariff change or option connection follows a touch within the
 * window (which may end after the period: the touch is what is being measured). Each converted
 * subscriber counts once, on the day of their first converting touch, so the days add up to the total.
 */
function funnelQuery(bannerId: string, range: MetricsRange): Prisma.Sql {
  const events = Prisma.sql`e."bannerId" = ${bannerId} AND ${createdInPeriod(range, Prisma.sql`e."createdAt"`)}`;
  const chats = Prisma.sql`c."bannerId" = ${bannerId} AND ${createdInPeriod(range)}`;
  return Prisma.sql`
    WITH "touches" AS (
      SELECT e."accountId", e."createdAt" AS "at" FROM "BannerEvent" e WHERE ${events} AND e."kind" = 'CLICK' AND e."accountId" IS NOT NULL
      UNION ALL
      SELECT c."accountId", c."createdAt" FROM "Chat" c WHERE ${chats} AND c."accountId" IS NOT NULL
    ), "converted" AS (
      SELECT t."accountId", MIN(t."at") AS "at"
      FROM "touches" t
      WHERE EXISTS (
        SELECT 1 FROM "ChangeRequest" r
        WHERE r."accountId" = t."accountId" AND r."status" = 'APPLIED' AND r."kind" IN ('TARIFF_CHANGE', 'OPTION_CONNECT')
          AND r."createdAt" >= t."at" AND r."createdAt" <= t."at" + ${CONVERSION_WINDOW_DAYS}::int * interval '1 day'
      )
      GROUP BY t."accountId"
    ), "steps" AS (
      SELECT ${MOSCOW_DAY(Prisma.sql`e."createdAt"`)} AS "day", CASE e."kind" WHEN 'CLICK' THEN 'clicks' ELSE 'impressions' END AS "step"
      FROM "BannerEvent" e WHERE ${events}
      UNION ALL
      SELECT ${MOSCOW_DAY(Prisma.sql`c."createdAt"`)}, 'chats' FROM "Chat" c WHERE ${chats}
      UNION ALL
      SELECT ${MOSCOW_DAY(Prisma.sql`v."at"`)}, 'conversions' FROM "converted" v
    )
    SELECT "day", "step", COUNT(*)::int AS "count" FROM "steps" GROUP BY 1, 2`;
}

/** The period follows the quality metrics' rules (Moscow days, both included, at most 366); their SLA plays no part here. */
export function bannerFunnelRange(input: { from?: string; to?: string }, now: Date): MetricsRange {
  return metricsRange(input, { slaSeconds: 0, now });
}

const emptyCounts = (): FunnelCounts => ({ impressions: 0, clicks: 0, chats: 0, conversions: 0 });
const rate = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export async function getBannerFunnel(db: Db, bannerId: string, range: MetricsRange): Promise<BannerFunnel> {
  const banner = await db.banner.findUnique({
    where: { id: bannerId },
    select: { id: true, title: true, placement: true, status: true },
  });
  if (!banner) throw new AppError("NOT_FOUND");
  const rows = await db.$queryRaw<Array<{ day: string; step: FunnelStep; count: number | bigint }>>(
    funnelQuery(bannerId, range),
  );
  const byDay = new Map<string, FunnelCounts>();
  const totals = emptyCounts();
  for (const row of rows) {
    const counts = byDay.get(row.day) ?? emptyCounts();
    const count = toNumber(row.count) ?? 0;
    counts[row.step] += count;
    totals[row.step] += count;
    byDay.set(row.day, counts);
  }
  return {
    banner,
    period: metricsDaysOf(range),
    totals,
    clickThroughRate: rate(totals.clicks, totals.impressions),
    conversionRate: rate(totals.conversions, totals.clicks),
    daily: daysInRange(range).map((day) => ({ day, ...(byDay.get(day) ?? emptyCounts()) })),
  };
}

/** Banners to pick from on the funnel page, archived ones too (their history still counts), newest first. */
export async function listFunnelBanners(db: Db) {
  return db.banner.findMany({
    orderBy: [{ startsAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true, placement: true, status: true },
    take: 500,
  });
}

/** The funnel page's data: the banners to choose from and the chosen one's funnel (the newest banner by default). */
export async function getBannerFunnelReport(db: Db, input: { bannerId?: string; range: MetricsRange }) {
  const banners = await listFunnelBanners(db);
  const bannerId = input.bannerId ?? banners[0]?.id;
  return {
    banners,
    period: metricsDaysOf(input.range),
    funnel: bannerId ? await getBannerFunnel(db, bannerId, input.range) : null,
  };
}

export type BannerFunnelReport = Awaited<ReturnType<typeof getBannerFunnelReport>>;
