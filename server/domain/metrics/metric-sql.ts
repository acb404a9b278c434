// The quality metrics of PRODUCT.md, each defined once as an SQL fragment and aggregated by the database.
// Fragments expect the chat as `c` and its rating (LEFT JOINed) as `r`.
import { Prisma } from "@/server/generated/prisma/client";
import type { MetricsRange } from "./metrics-range";

/** Rows created in the period (chats by default). Timestamps are stored as UTC without a zone. */
export function createdInPeriod(range: MetricsRange, column = Prisma.sql`c."createdAt"`): Prisma.Sql {
  return Prisma.sql`${column} >= ${range.from} AND ${column} < ${range.to}`;
}

/** A stored UTC time on the Moscow clock (the zone has no daylight saving, but the name says so). */
export const inMoscow = (column: Prisma.Sql) => Prisma.sql`(${column} AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Moscow')`;

/** The chat's creation time on the Moscow clock. */
export const CREATED_IN_MOSCOW = inMoscow(Prisma.sql`c."createdAt"`);

/** Escalated: the chat reached the operator queue at least once (queuedAt is never reset). */
export const ESCALATED = Prisma.sql`c."queuedAt" IS NOT NULL`;

/**
 * A bot chat, one of the three kinds of help session: support chats open with the bot (startChat), sales
 * chats go straight from a banner or the site to the queue, so a sales chat alone is no self-service.
 */
export const BOT_CHAT = Prisma.sql`c."kind" = 'SUPPORT'`;

/** Seconds from entering the queue to the first human operator message: bot time is excluded by construction. */
export const FIRST_RESPONSE_SECONDS = Prisma.sql`EXTRACT(EPOCH FROM (c."firstResponseAt" - c."queuedAt"))::float8`;

/** Seconds from an operator first taking the chat to its close. */
export const HANDLING_SECONDS = Prisma.sql`EXTRACT(EPOCH FROM (c."closedAt" - c."assignedAt"))::float8`;

/**
 * The closing operator's part of the handling: from their own take (operatorSince, kept at the close) to the
 * close, so an earlier holder's time and the queue after a hand-back are not put on them.
 */
export const CLOSING_OPERATOR_HANDLING_SECONDS = Prisma.sql`EXTRACT(EPOCH FROM (c."closedAt" - c."operatorSince"))::float8`;

/**
 * Missed dialog: escalated, and ended without a human reply, or waited past the SLA (strictly longer: a reply
 * at exactly the SLA is in time) for one, answered late or still waiting. expireResponseSla flags the same.
 */
export function missed(range: MetricsRange): Prisma.Sql {
  const now = range.now ?? new Date();
  return Prisma.sql`(${ESCALATED} AND (
    (c."firstResponseAt" IS NULL AND c."closedAt" IS NOT NULL)
    OR ${FIRST_RESPONSE_SECONDS} > ${range.slaSeconds}::int
    OR (c."firstResponseAt" IS NULL AND c."closedAt" IS NULL AND c."queuedAt" + ${range.slaSeconds}::int * interval '1 second' < ${now})
  ))`;
}

/** The kind a self-service contact's survey is counted under, beside the chat kinds. */
export const SELF_SERVICE_KIND = "SELF_SERVICE";

/**
 * Every survey of a contact of the period, as `r` for the survey fragments below: a chat's rating, with the chat's
 * kind, channel and time, and a self-service contact's (a success after a failure on the portal's pages), with the
 * kind SELF_SERVICE and the channel WEB. A self-service survey has no CSI score: no operator took part.
 */
export function surveysOfPeriod(range: MetricsRange): Prisma.Sql {
  return Prisma.sql`(
    SELECT c."kind"::text AS "kind", c."channel"::text AS "channel", c."createdAt",
           r."id", r."score", r."npsScore", r."cesScore", r."resolved", r."reviewInvitedAt"
    FROM "Chat" c JOIN "Rating" r ON r."chatId" = c."id"
    WHERE ${createdInPeriod(range)}
    UNION ALL
    SELECT ${SELF_SERVICE_KIND}, 'WEB', s."createdAt",
           r."id", r."score", r."npsScore", r."cesScore", r."resolved", r."reviewInvitedAt"
    FROM "SelfServiceContact" s JOIN "Rating" r ON r."selfServiceContactId" = s."id"
    WHERE ${createdInPeriod(range, Prisma.sql`s."createdAt"`)}
  ) r`;
}

/** Share of `part` over `whole` rows, NULL when there are none. */
const share = (part: Prisma.Sql, whole: Prisma.Sql) =>
  Prisma.sql`(COUNT(*) FILTER (WHERE ${part}))::float8 / NULLIF(COUNT(*) FILTER (WHERE ${whole}), 0)`;

const RATED = Prisma.sql`r."score" IS NOT NULL`;

/** Average rating, 1–5. */
export const AVERAGE_SCORE = Prisma.sql`AVG(r."score")::float8`;
/** CSI: share of rated chats rated 5. */
export const CSI = share(Prisma.sql`r."score" = 5`, RATED);
/** CSAT: share of rated chats rated 4 or 5. */
export const CSAT = share(Prisma.sql`r."score" >= 4`, RATED);
/** NPS: % of 9–10 minus % of 0–6 among the answers to the recommendation question, −100…100. */
export const NPS = Prisma.sql`100 * (
  (COUNT(*) FILTER (WHERE r."npsScore" >= 9))::float8 - (COUNT(*) FILTER (WHERE r."npsScore" <= 6))::float8
) / NULLIF(COUNT(r."npsScore"), 0)`;

/** CES (customer effort): the average answer to "how easy was it to solve your question", 1–7. */
export const AVERAGE_CES = Prisma.sql`AVG(r."cesScore")::float8`;
/** CES: share of the effort answers that are 5–7 (easy). */
export const CES_EASY = share(Prisma.sql`r."cesScore" >= 5`, Prisma.sql`r."cesScore" IS NOT NULL`);
/** FCR (resolved at first contact): share of surveyed contacts answered "resolved: yes". */
export const FCR = share(Prisma.sql`r."resolved" = true`, Prisma.sql`r."resolved" IS NOT NULL`);

export function missedShare(range: MetricsRange): Prisma.Sql {
  return share(missed(range), ESCALATED);
}

/** Numbers that may come back as bigint or numeric text, as plain numbers (null stays null). */
export function toNumber(value: bigint | number | string | null): number | null {
  return value === null ? null : Number(value);
}
