import type { Db } from "@/server/db-client";
import { metricQueries } from "@/server/domain/metrics/metric-queries";
import { inMoscow } from "@/server/domain/metrics/metric-sql";
import { daysInRange, metricsRangeOf, type MetricsRange } from "@/server/domain/metrics/metrics-range";
import { Prisma } from "@/server/generated/prisma/client";

export interface BotTrendDay {
  day: string;
  questions: number;
  answered: number;
  /** answered / questions, 0–1; null on a day without questions. */
  answerRate: number | null;
  /** Self-service containment of the day, as the supervisors' report defines it. */
  containment: number | null;
  helpSessions: number;
}

/**
 * The bot's answer rate by Moscow day (questions it answered and nobody then marked "did not help" or took to
 * an operator, over all it took) beside the day's self-service containment from the metrics module.
 */
export async function botAnswerTrend(db: Db, range: MetricsRange): Promise<BotTrendDay[]> {
  const rows = await db.$queryRaw<Array<{ day: string; questions: number; answered: number }>>`
    SELECT to_char(${inMoscow(Prisma.sql`q."createdAt"`)}, 'YYYY-MM-DD') AS "day", COUNT(*)::int AS "questions",
           COUNT(*) FILTER (WHERE q."outcome" = 'ANSWERED')::int AS "answered"
    FROM "BotQuestion" q
    WHERE q."createdAt" >= ${range.from} AND q."createdAt" < ${range.to}
    GROUP BY 1`;
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const days = daysInRange(range);
  // One containment query per day, each over that day's range: the metric is defined once, in metric-queries.
  const containment = await Promise.all(
    days.map((day) =>
      metricQueries.containment(db, metricsRangeOf({ from: day, to: day }, range.slaSeconds, range.now)),
    ),
  );
  return days.map((day, i) => {
    const row = byDay.get(day);
    const questions = Number(row?.questions ?? 0);
    const answered = Number(row?.answered ?? 0);
    return {
      day,
      questions,
      answered,
      answerRate: questions > 0 ? answered / questions : null,
      containment: containment[i]!.share,
      helpSessions: containment[i]!.sessions,
    };
  });
}
