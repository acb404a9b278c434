// The per-operator table and the customer-experience programme from the daily rollups, credited as
// perOperatorMetrics, reviewFunnel and followUpMetrics credit them over the raw rows.
import type { Db } from "@/server/db-client";
import type { MetricsRange } from "./metrics-range";
import type { OperatorMetrics } from "./operator-metrics";
import type { FollowUpMetrics, ReviewFunnel } from "./programme-metrics";
import {
  dayCounts,
  dayFigures,
  openOverdueFollowUps,
  operatorFigures,
  shareOf,
  sumOf,
  waitingMissed,
} from "./rollup-reads";

export async function rollupPerOperator(db: Db, range: MetricsRange): Promise<OperatorMetrics[]> {
  const [staff, figures, misses, waiting] = await Promise.all([
    db.$queryRaw<Array<{ staffId: string; fullName: string; isActive: boolean; isOperator: boolean }>>`
      SELECT "id" AS "staffId", "fullName", "isActive", 'OPERATOR' = ANY("roles"::text[]) AS "isOperator"
      FROM "StaffUser" ORDER BY "fullName", "id"`,
    operatorFigures(db, range),
    dayCounts(db, range, ["operatorLate", "operatorUnanswered"]),
    waitingMissed(db, range),
  ]);
  const byStaff = new Map(figures.map((row) => [row.staffId, row]));
  const missed = new Map<string, number>();
  const credit = (staffId: string, chats: number) => missed.set(staffId, (missed.get(staffId) ?? 0) + chats);
  for (const row of misses)
    if (row.figure === "operatorUnanswered" || row.seconds > range.slaSeconds) credit(row.key, row.chats);
  for (const chat of waiting) for (const staffId of chat.staffIds) credit(staffId, 1);
  return staff
    .filter((s) => s.isOperator || byStaff.has(s.staffId) || missed.has(s.staffId))
    .map(({ staffId, fullName, isActive }) => {
      const f = byStaff.get(staffId);
      return {
        staffId,
        fullName,
        isActive,
        chats: f?.handled ?? 0,
        rated: f?.rated ?? 0,
        averageScore: f ? shareOf(f.scoreSum, f.rated) : null,
        csat: f ? shareOf(f.score45, f.rated) : null,
        averageCes: f ? shareOf(f.cesSum, f.cesAnswers) : null,
        fcr: f ? shareOf(f.fcrYes, f.fcrAnswers) : null,
        averageFirstResponseSeconds: f ? shareOf(f.answeredMs / 1000, f.answeredCount) : null,
        averageHandlingSeconds: f ? shareOf(f.handlingMs / 1000, f.handlingCount) : null,
        missed: missed.get(staffId) ?? 0,
      };
    });
}

export async function rollupReviewFunnel(db: Db, range: MetricsRange): Promise<ReviewFunnel> {
  const [rows, clicks, platforms] = await Promise.all([
    dayFigures(db, range),
    dayCounts(db, range, ["reviewClicks"]),
    db.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT "id", "name" FROM "ReviewPlatform" ORDER BY "createdAt", "id"`,
  ]);
  const invited = sumOf(rows, "reviewInvited");
  const clicked = sumOf(rows, "reviewClicked");
  return {
    invited,
    clicked,
    clickShare: shareOf(clicked, invited),
    platforms: platforms.map((p) => ({
      ...p,
      clicks: sumOf(
        clicks.filter((c) => c.key === p.id),
        "chats",
      ),
    })),
  };
}

export async function rollupFollowUps(db: Db, range: MetricsRange): Promise<FollowUpMetrics> {
  const [rows, openOverdue] = await Promise.all([dayFigures(db, range), openOverdueFollowUps(db, range)]);
  return {
    raised: sumOf(rows, "followUps"),
    closed: sumOf(rows, "followUpsClosed"),
    overdue: sumOf(rows, "followUpsClosedLate") + openOverdue,
    compensated: sumOf(rows, "compensated"),
    compensationKopecks: sumOf(rows, "compensationKopecks"),
  };
}
