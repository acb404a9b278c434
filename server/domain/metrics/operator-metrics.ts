import type { Db } from "@/server/db-client";
import type { MetricsRange } from "./metrics-range";
import {
  AVERAGE_SCORE,
  createdInPeriod,
  CSAT,
  FIRST_RESPONSE_SECONDS,
  HANDLING_SECONDS,
  missed,
  toNumber,
} from "./metric-sql";

export interface OperatorMetrics {
  staffId: string;
  fullName: string;
  isActive: boolean;
  /** Chats of the period whose last operator this is. */
  chats: number;
  rated: number;
  averageScore: number | null;
  csat: number | null;
  averageFirstResponseSeconds: number | null;
  averageHandlingSeconds: number | null;
  missed: number;
}

type Num = bigint | number | string | null;

/**
 * Per operator, chats credited to the chat's last operator. Every operator is listed, with zeros
 * for a quiet period, and so is anyone else who handled chats in it (a former operator), so the
 * table adds up to the chats that had an operator.
 */
export async function perOperatorMetrics(db: Db, range: MetricsRange): Promise<OperatorMetrics[]> {
  const rows = await db.$queryRaw<
    Array<{
      staffId: string;
      fullName: string;
      isActive: boolean;
      chats: Num;
      rated: Num;
      averageScore: Num;
      csat: Num;
      averageFirstResponseSeconds: Num;
      averageHandlingSeconds: Num;
      missed: Num;
    }>
  >`
    SELECT s."id" AS "staffId", s."fullName", s."isActive",
           COUNT(c."id")::int AS "chats",
           COUNT(r."score")::int AS "rated",
           ${AVERAGE_SCORE} AS "averageScore",
           ${CSAT} AS "csat",
           AVG(${FIRST_RESPONSE_SECONDS})::float8 AS "averageFirstResponseSeconds",
           AVG(${HANDLING_SECONDS})::float8 AS "averageHandlingSeconds",
           COUNT(c."id") FILTER (WHERE ${missed(range)})::int AS "missed"
    FROM "StaffUser" s
    LEFT JOIN "Chat" c ON c."operatorId" = s."id" AND ${createdInPeriod(range)}
    LEFT JOIN "Rating" r ON r."chatId" = c."id"
    WHERE 'OPERATOR' = ANY(s."roles"::text[]) OR c."id" IS NOT NULL
    GROUP BY s."id"
    ORDER BY s."fullName", s."id"`;
  return rows.map((row) => ({
    staffId: row.staffId,
    fullName: row.fullName,
    isActive: row.isActive,
    chats: toNumber(row.chats) ?? 0,
    rated: toNumber(row.rated) ?? 0,
    averageScore: toNumber(row.averageScore),
    csat: toNumber(row.csat),
    averageFirstResponseSeconds: toNumber(row.averageFirstResponseSeconds),
    averageHandlingSeconds: toNumber(row.averageHandlingSeconds),
    missed: toNumber(row.missed) ?? 0,
  }));
}
