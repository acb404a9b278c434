import type { Db } from "@/server/db-client";
import { getMetricsReport, type MetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { metricsRangeOf, moscowDayOf } from "@/server/domain/metrics/metrics-range";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import { overdueWhere } from "@/server/domain/follow-ups/list-follow-ups";

export interface WorstChat {
  chatId: string;
  score: number;
  npsScore: number | null;
  comment: string | null;
  /** Where the supervisor reads it: its follow-up, when there is one. */
  followUpId: string | null;
}

export interface DailyReport {
  /** The Moscow day reported, "YYYY-MM-DD". */
  day: string;
  /** The very report /admin/metrics shows for this one day. */
  metrics: MetricsReport;
  /** Follow-ups still open past their due time as of now (all days). */
  overdueFollowUps: number;
  /** The three lowest rated chats of the day (CSI, then NPS), for reading. */
  worst: WorstChat[];
  /** No chat at all that day: the page and the e-mail say so instead of a row of dashes. */
  empty: boolean;
}

/** Yesterday on the Moscow clock. */
export function moscowYesterday(now: Date): string {
  return moscowDayOf(new Date(moscowDayStart(moscowDayOf(now))!.getTime() - 12 * 3_600_000));
}

/** The morning quality report: one Moscow day through the same queries as the metrics page, plus what to act on. */
export async function getDailyReport(
  db: Db,
  input: { day?: string; now: Date; slaSeconds: number },
): Promise<DailyReport> {
  const day = input.day ?? moscowYesterday(input.now);
  const range = metricsRangeOf({ from: day, to: day }, input.slaSeconds, input.now);
  const metrics = await getMetricsReport(db, range);
  const overdueFollowUps = await db.followUp.count({ where: overdueWhere(input.now) });
  const rows = await db.rating.findMany({
    where: { score: { not: null }, chat: { createdAt: { gte: range.from, lt: range.to } } },
    // The id keeps equal ratings in a stable order.
    orderBy: [{ score: "asc" }, { npsScore: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: 3,
    select: {
      chatId: true,
      score: true,
      npsScore: true,
      comment: true,
      chat: { select: { followUp: { select: { id: true } } } },
    },
  });
  // Filtered by the chat's time, every row has its chat (a self-service contact has no CSI score anyway).
  const worst = rows.flatMap((r) =>
    r.chat && r.chatId
      ? [
          {
            chatId: r.chatId,
            score: r.score!,
            npsScore: r.npsScore,
            comment: r.comment,
            followUpId: r.chat.followUp?.id ?? null,
          },
        ]
      : [],
  );
  return { day, metrics, overdueFollowUps, worst, empty: metrics.summary.chats === 0 };
}
