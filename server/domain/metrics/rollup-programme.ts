// The per-operator table and the customer-experience programme from the daily rollups, credited as
// perOperatorMetrics, reviewFunnel and followUpMetrics credit them over the raw rows.
import { moscowDayOf } from "./metrics-range";
import type { OperatorMetrics } from "./operator-metrics";
import type { FollowUpMetrics, ReviewFunnel } from "./programme-metrics";
import { shareOf, sumOf, type RollupSource } from "./rollup-reads";

export async function rollupPerOperator({ db, range, ...source }: RollupSource): Promise<OperatorMetrics[]> {
  const [staff, figures, counts, waiting] = await Promise.all([
    db.$queryRaw<Array<{ staffId: string; fullName: string; isActive: boolean; isOperator: boolean }>>`
      SELECT "id" AS "staffId", "fullName", "isActive", 'OPERATOR' = ANY("roles"::text[]) AS "isOperator"
      FROM "StaffUser" ORDER BY "fullName", "id"`,
    source.operators(),
    source.counts(),
    source.waiting(),
  ]);
  const misses = counts.filter((row) => row.figure === "operatorLate" || row.figure === "operatorUnanswered");
  const byStaff = new Map(figures.map((row) => [row.staffId, row]));
  const missed = new Map<string, number>();
  const credit = (staffId: string, chats: number) => missed.set(staffId, (missed.get(staffId) ?? 0) + chats);
  for (const row of misses)
    if (row.figure === "operatorUnanswered" || row.bucket > range.slaSeconds) credit(row.key, row.chats);
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

export async function rollupReviewFunnel(source: RollupSource): Promise<ReviewFunnel> {
  const [rows, counts, platforms] = await Promise.all([
    source.days(),
    source.counts(),
    source.db.$queryRaw<Array<{ id: string; name: string }>>`
      SELECT "id", "name" FROM "ReviewPlatform" ORDER BY "createdAt", "id"`,
  ]);
  const clicks = counts.filter((row) => row.figure === "reviewClicks");
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

export async function rollupFollowUps(source: RollupSource): Promise<FollowUpMetrics> {
  const [rows, counts, dueToday] = await Promise.all([source.days(), source.counts(), source.dueToday()]);
  // Due on an earlier day than today's and still open: overdue whatever the hour.
  const today = Date.parse(`${moscowDayOf(source.range.now ?? new Date())}T00:00:00Z`) / 86_400_000;
  const dueEarlier = counts.filter((row) => row.figure === "openFollowUpsDue" && row.bucket < today);
  return {
    raised: sumOf(rows, "followUps"),
    closed: sumOf(rows, "followUpsClosed"),
    overdue: sumOf(rows, "followUpsClosedLate") + sumOf(dueEarlier, "chats") + dueToday,
    compensated: sumOf(rows, "compensated"),
    compensationKopecks: sumOf(rows, "compensationKopecks"),
  };
}
