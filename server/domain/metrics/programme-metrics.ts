// The customer-experience programme beside the chat metrics: review invitations and follow-ups of the period.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { MetricsRange } from "./metrics-range";
import { createdInPeriod, surveysOfPeriod, toNumber } from "./metric-sql";

type Num = bigint | number | string | null;

export interface ReviewFunnel {
  /** Promoters shown the review platforms (surveys of the period's chats and self-service contacts). */
  invited: number;
  /** Of them, those who opened at least one platform. */
  clicked: number;
  /** clicked / invited, 0–1; null without invitations. */
  clickShare: number | null;
  platforms: Array<{ id: string; name: string; clicks: number }>;
}

/** Invited → clicked, over the surveys of the contacts (chats, self-service) of the period. */
export async function reviewFunnel(db: Db, range: MetricsRange): Promise<ReviewFunnel> {
  const [row] = await db.$queryRaw<Array<{ invited: Num; clicked: Num }>>`
    SELECT COUNT(*) FILTER (WHERE r."reviewInvitedAt" IS NOT NULL)::int AS "invited",
           COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM "ReviewClick" k WHERE k."ratingId" = r."id"))::int AS "clicked"
    FROM ${surveysOfPeriod(range)}`;
  const platforms = await db.$queryRaw<Array<{ id: string; name: string; clicks: Num }>>`
    SELECT p."id", p."name", COUNT(r."id")::int AS "clicks"
    FROM "ReviewPlatform" p
    LEFT JOIN "ReviewClick" k ON k."platformId" = p."id"
    LEFT JOIN ${surveysOfPeriod(range)} ON r."id" = k."ratingId"
    GROUP BY p."id", p."name", p."createdAt"
    ORDER BY p."createdAt", p."id"`;
  const invited = toNumber(row?.invited ?? null) ?? 0;
  const clicked = toNumber(row?.clicked ?? null) ?? 0;
  return {
    invited,
    clicked,
    clickShare: invited > 0 ? clicked / invited : null,
    platforms: platforms.map((p) => ({ id: p.id, name: p.name, clicks: toNumber(p.clicks) ?? 0 })),
  };
}

export interface FollowUpMetrics {
  /** Raised on the period's contacts: chats and self-service contacts. */
  raised: number;
  /** Resolved or found unreachable. */
  closed: number;
  /** Past their due time: still open after it, or closed after it. */
  overdue: number;
  compensated: number;
  /** Kopecks credited as compensation. */
  compensationKopecks: number;
}

/**
 * A follow-up `f` raised on a contact of the period: a chat or a self-service contact. Looked up by the follow-up's
 * own contact (a primary-key probe each), not as "id IN (every contact of the period)": the report counts the few
 * due today this way, and hashing a period's 100,000 chat ids for them took 100 ms.
 */
export function followUpOfPeriod(range: MetricsRange): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Chat" c WHERE c."id" = f."chatId" AND ${createdInPeriod(range)})
    OR EXISTS (
      SELECT 1 FROM "SelfServiceContact" s
      WHERE s."id" = f."selfServiceContactId" AND ${createdInPeriod(range, Prisma.sql`s."createdAt"`)}
    ))`;
}

/** Overdue counts against "now" for the ones still open, so yesterday's report shows what is late by this morning. */
export async function followUpMetrics(db: Db, range: MetricsRange): Promise<FollowUpMetrics> {
  const now = range.now ?? new Date();
  const [row] = await db.$queryRaw<Array<Record<keyof FollowUpMetrics, Num>>>`
    SELECT COUNT(*)::int AS "raised",
           COUNT(*) FILTER (WHERE f."resolvedAt" IS NOT NULL)::int AS "closed",
           COUNT(*) FILTER (WHERE f."dueAt" < COALESCE(f."resolvedAt", ${now}))::int AS "overdue",
           COUNT(*) FILTER (WHERE f."outcome" = 'COMPENSATED')::int AS "compensated",
           COALESCE(SUM(l."amount") FILTER (WHERE f."outcome" = 'COMPENSATED'), 0)::int AS "compensationKopecks"
    FROM "FollowUp" f
    LEFT JOIN "LedgerEntry" l ON l."id" = f."ledgerEntryId"
    WHERE ${followUpOfPeriod(range)}`;
  const n = (key: keyof FollowUpMetrics) => toNumber(row?.[key] ?? null) ?? 0;
  return {
    raised: n("raised"),
    closed: n("closed"),
    overdue: n("overdue"),
    compensated: n("compensated"),
    compensationKopecks: n("compensationKopecks"),
  };
}
