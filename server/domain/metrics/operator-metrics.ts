import type { Db } from "@/server/db-client";
import type { MetricsRange } from "./metrics-range";
import {
  AVERAGE_CES,
  AVERAGE_SCORE,
  CLOSING_OPERATOR_HANDLING_SECONDS,
  createdInPeriod,
  CSAT,
  ESCALATED,
  FCR,
  FIRST_RESPONSE_SECONDS,
  missed,
  toNumber,
} from "./metric-sql";

export interface OperatorMetrics {
  staffId: string;
  fullName: string;
  isActive: boolean;
  /** Chats of the period this operator holds or closed. */
  chats: number;
  /** Ratings given while this operator held the chat. */
  rated: number;
  averageScore: number | null;
  csat: number | null;
  /** The survey's effort (CES average, 1–7) and resolution (FCR share) on the chats rated while they held them. */
  averageCes: number | null;
  fcr: number | null;
  /** Over the chats this operator answered first, from the chat's entry into the queue. */
  averageFirstResponseSeconds: number | null;
  /** Over the chats this operator closed, from their own take to the close. */
  averageHandlingSeconds: number | null;
  /** Missed dialogs this operator held when they became missed, or held past the SLA without answering. */
  missed: number;
}

type Num = bigint | number | string | null;

/**
 * Per operator, each figure credited to the person who did that part of the work, as recorded when it
 * happened: the first response to its author, the rating to the operator holding the chat when it was
 * rated, the missed mark to whoever let the SLA run out (passed over, or holding the chat when it became
 * missed), the chat and its handling time to the operator who closed it. A transferred or re-offered chat
 * thus credits several people, and a miss while the chat sat in the queue credits nobody; the overall
 * figures count each chat once. Every operator is listed, with zeros for a quiet period, and so is anyone
 * else credited in it (a former operator).
 */
export async function perOperatorMetrics(db: Db, range: MetricsRange): Promise<OperatorMetrics[]> {
  const period = createdInPeriod(range);
  const rows = await db.$queryRaw<
    Array<{
      staffId: string;
      fullName: string;
      isActive: boolean;
      chats: Num;
      rated: Num;
      averageScore: Num;
      csat: Num;
      averageCes: Num;
      fcr: Num;
      averageFirstResponseSeconds: Num;
      averageHandlingSeconds: Num;
      missed: Num;
    }>
  >`
    WITH "handled" AS (
      SELECT c."operatorId" AS "staffId", COUNT(*)::int AS "chats",
             AVG(${CLOSING_OPERATOR_HANDLING_SECONDS})::float8 AS "averageHandlingSeconds"
      FROM "Chat" c WHERE ${period} AND c."operatorId" IS NOT NULL
      GROUP BY 1
    ),
    "answered" AS (
      SELECT c."firstResponderId" AS "staffId", AVG(${FIRST_RESPONSE_SECONDS})::float8 AS "averageFirstResponseSeconds"
      FROM "Chat" c WHERE ${period} AND c."firstResponderId" IS NOT NULL AND ${ESCALATED}
      GROUP BY 1
    ),
    "rated" AS (
      SELECT r."operatorId" AS "staffId", COUNT(r."score")::int AS "rated",
             ${AVERAGE_SCORE} AS "averageScore", ${CSAT} AS "csat", ${AVERAGE_CES} AS "averageCes", ${FCR} AS "fcr"
      FROM "Chat" c JOIN "Rating" r ON r."chatId" = c."id" WHERE ${period} AND r."operatorId" IS NOT NULL
      GROUP BY 1
    ),
    -- Once per operator and chat, however many ways they missed it.
    "missed" AS (
      SELECT m."staffId", COUNT(DISTINCT c."id")::int AS "missed"
      FROM "Chat" c CROSS JOIN LATERAL unnest(array_append(c."passedOverIds", c."missedById")) AS m("staffId")
      WHERE ${period} AND ${missed(range)} AND m."staffId" IS NOT NULL
      GROUP BY 1
    )
    SELECT s."id" AS "staffId", s."fullName", s."isActive",
           h."chats", r."rated", r."averageScore", r."csat", r."averageCes", r."fcr",
           a."averageFirstResponseSeconds", h."averageHandlingSeconds", m."missed"
    FROM "StaffUser" s
    LEFT JOIN "handled" h ON h."staffId" = s."id"
    LEFT JOIN "answered" a ON a."staffId" = s."id"
    LEFT JOIN "rated" r ON r."staffId" = s."id"
    LEFT JOIN "missed" m ON m."staffId" = s."id"
    WHERE 'OPERATOR' = ANY(s."roles"::text[]) OR COALESCE(h."staffId", a."staffId", r."staffId", m."staffId") IS NOT NULL
    ORDER BY s."fullName", s."id"`;
  return rows.map((row) => ({
    staffId: row.staffId,
    fullName: row.fullName,
    isActive: row.isActive,
    chats: toNumber(row.chats) ?? 0,
    rated: toNumber(row.rated) ?? 0,
    averageScore: toNumber(row.averageScore),
    csat: toNumber(row.csat),
    averageCes: toNumber(row.averageCes),
    fcr: toNumber(row.fcr),
    averageFirstResponseSeconds: toNumber(row.averageFirstResponseSeconds),
    averageHandlingSeconds: toNumber(row.averageHandlingSeconds),
    missed: toNumber(row.missed) ?? 0,
  }));
}
