// The SQL that recomputes a day's rollups from the raw rows, with the definitions of metric-sql.ts: what each
// rollup table holds, as INSERT … SELECT statements over the chats, surveys, follow-ups and help sessions of the
// given Moscow days. metrics-rollup.ts runs them after dayChats; the report reads their histograms with the same
// buckets.
import { Prisma } from "@/server/generated/prisma/client";
import { moscowDayStart } from "@/server/domain/payments/ledger-period";
import {
  BOT_CHAT,
  CLOSING_OPERATOR_HANDLING_SECONDS,
  createdInPeriod,
  CREATED_IN_MOSCOW,
  ESCALATED,
  FIRST_RESPONSE_SECONDS,
  HANDLING_SECONDS,
  inMoscow,
  SELF_SERVICE_KIND,
} from "./metric-sql";

const DAY_MS = 86_400_000;

/** The Moscow day of a stored time, as a date. */
export const dayOf = (column: Prisma.Sql) => Prisma.sql`(${inMoscow(column)})::date`;

/**
 * A duration's histogram bucket, the expressions the bucket indexes are built on. First response: whole seconds
 * rounded up, so "more than the SLA" (whole seconds) is "a bucket above it"; a queue wait has a few hundred such
 * values a day. Handling runs to hours: whole minutes rounded up keep its histogram as short.
 */
export const FIRST_RESPONSE_BUCKET = Prisma.sql`ceil(EXTRACT(EPOCH FROM (c."firstResponseAt" - c."queuedAt")))::int`;
export const HANDLING_BUCKET = Prisma.sql`ceil(EXTRACT(EPOCH FROM (c."closedAt" - c."assignedAt")) / 60)::int`;
export const ANSWERED = Prisma.sql`c."queuedAt" IS NOT NULL AND c."firstResponseAt" IS NOT NULL`;
export const HANDLED = Prisma.sql`c."assignedAt" IS NOT NULL AND c."closedAt" IS NOT NULL`;
/** Escalated and still without a reply: missed or not depends on "now", so it is read live, never rolled up. */
export const WAITING = Prisma.sql`c."queuedAt" IS NOT NULL AND c."firstResponseAt" IS NULL AND c."closedAt" IS NULL`;
const UNANSWERED = Prisma.sql`${ESCALATED} AND c."firstResponseAt" IS NULL AND c."closedAt" IS NOT NULL`;

/** A follow-up's due day on the Moscow calendar, as days since 1970-01-01. */
const DUE_DAY = Prisma.sql`(${dayOf(Prisma.sql`f."dueAt"`)} - DATE '1970-01-01')`;

const ms = (seconds: Prisma.Sql) => Prisma.sql`round(${seconds}::numeric * 1000)::bigint`;

/**
 * Rows of `column` created on one of `days` (distinct): a time range, and for days with gaps between them a test
 * of each row's day too. Consecutive days need no such test, and leaving it out matters: the planner cannot
 * estimate it, guesses one row, and then reads whole indexes of other columns.
 */
function onDays(days: string[], column = Prisma.sql`c."createdAt"`): Prisma.Sql {
  const sorted = [...days].sort();
  const range = {
    from: moscowDayStart(sorted[0]!)!,
    to: new Date(moscowDayStart(sorted.at(-1)!)!.getTime() + DAY_MS),
    slaSeconds: 0,
  };
  const consecutive = (range.to.getTime() - range.from.getTime()) / DAY_MS === sorted.length;
  return consecutive
    ? createdInPeriod(range, column)
    : Prisma.sql`${createdInPeriod(range, column)} AND ${dayOf(column)} = ANY(${days}::date[])`;
}

const count = (condition: Prisma.Sql) => Prisma.sql`(COUNT(*) FILTER (WHERE ${condition}))::int`;
const HOURS = Prisma.join(Array.from({ length: 24 }, (_, hour) => count(Prisma.sql`c."moscowHour" = ${hour}`)));

/**
 * The chats created on `days`, the CTE "dayChats" every part below reads them from as `c`: read once per rebuild.
 * A day's chats lie wherever they were written (a page each in the benchmark's copies), and ten reads of them
 * were most of a refresh of today. Their Moscow day and hour are computed here once: a time zone conversion per
 * chat and hour bucket was a fifth of a rebuild.
 */
export function dayChats(days: string[]): Prisma.Sql {
  return Prisma.sql`"dayChats" AS MATERIALIZED (
    SELECT c."id", c."createdAt", ${dayOf(Prisma.sql`c."createdAt"`)} AS "moscowDay",
      EXTRACT(HOUR FROM ${CREATED_IN_MOSCOW})::int AS "moscowHour", c."kind", c."channel", c."sessionKey", c."operatorId", c."queuedAt", c."assignedAt",
      c."operatorSince", c."firstResponseAt", c."firstResponderId", c."closedAt", c."missedById", c."passedOverIds"
    FROM "Chat" c WHERE ${onDays(days)}
  )`;
}
const DAY_CHATS = Prisma.sql`"dayChats" c`;

/**
 * A contact's follow-up with its compensation's amount, as `f`, probed by the contact's key (OFFSET 0 keeps the probe
 * a probe): a join scanned every follow-up and every ledger entry for the few of one day.
 */
const followUpOf = (key: Prisma.Sql) => Prisma.sql`LATERAL (
  SELECT f."id", f."resolvedAt", f."dueAt", f."outcome", l."amount" FROM "FollowUp" f
    LEFT JOIN "LedgerEntry" l ON l."id" = f."ledgerEntryId"
  WHERE f.${key} OFFSET 0
) f ON true`;

/** A contact's survey answers and follow-up, of the joined rating `r` and follow-up `f` (followUpOf). */
const SURVEY_AND_FOLLOW_UPS = Prisma.sql`COUNT(r."npsScore")::int, ${count(Prisma.sql`r."npsScore" >= 9`)},
  ${count(Prisma.sql`r."npsScore" <= 6`)}, COUNT(r."cesScore")::int, COALESCE(SUM(r."cesScore"), 0)::int,
  ${count(Prisma.sql`r."cesScore" >= 5`)}, COUNT(r."resolved")::int, ${count(Prisma.sql`r."resolved" = true`)},
  ${count(Prisma.sql`r."reviewInvitedAt" IS NOT NULL`)},
  ${count(Prisma.sql`EXISTS (SELECT 1 FROM "ReviewClick" k WHERE k."ratingId" = r."id")`)},
  COUNT(f."id")::int, ${count(Prisma.sql`f."resolvedAt" IS NOT NULL`)}, ${count(Prisma.sql`f."dueAt" < f."resolvedAt"`)},
  ${count(Prisma.sql`f."outcome" = 'COMPENSATED'`)},
  COALESCE(SUM(f."amount") FILTER (WHERE f."outcome" = 'COMPENSATED'), 0)::bigint`;

/**
 * The contacts created on `days`, chats and self-service contacts, as `o`; a rating's or follow-up's own contact
 * is `ofContact(alias)` (a hash join on the id, the flag telling the two tables apart).
 */
function contactsOn(days: string[]): Prisma.Sql {
  return Prisma.sql`(
    SELECT c."id", true AS "isChat", c."createdAt" FROM ${DAY_CHATS}
    UNION ALL
    SELECT s."id", false, s."createdAt" FROM "SelfServiceContact" s WHERE ${onDays(days, Prisma.sql`s."createdAt"`)}
  ) o`;
}
const ofContact = (alias: string) => {
  const row = Prisma.raw(alias);
  return Prisma.sql`o."id" = COALESCE(${row}."chatId", ${row}."selfServiceContactId") AND o."isChat" = (${row}."chatId" IS NOT NULL)`;
};

/** Each day's figures by kind and channel (MetricsDay). */
export function dayRows(days: string[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "MetricsDay" ("day", "kind", "channel", "chats", "escalated", "unanswered", "rated", "scoreSum", "score5",
      "score45", "hourChats", "npsAnswers", "npsPromoters", "npsDetractors", "cesAnswers", "cesSum", "cesEasy",
      "fcrAnswers", "fcrYes", "reviewInvited", "reviewClicked", "followUps", "followUpsClosed", "followUpsClosedLate",
      "compensated", "compensationKopecks")
    SELECT c."moscowDay", c."kind"::text, c."channel", COUNT(*)::int, ${count(ESCALATED)},
      ${count(UNANSWERED)}, COUNT(r."score")::int, COALESCE(SUM(r."score"), 0)::int, ${count(Prisma.sql`r."score" = 5`)},
      ${count(Prisma.sql`r."score" >= 4`)}, ARRAY[${HOURS}], ${SURVEY_AND_FOLLOW_UPS}
    FROM ${DAY_CHATS} LEFT JOIN "Rating" r ON r."chatId" = c."id" LEFT JOIN ${followUpOf(Prisma.sql`"chatId" = c."id"`)}
    GROUP BY 1, 2, 3
    UNION ALL
    -- No chat and no operator: only the survey (no CSI score) and the follow-up, on the WEB channel.
    SELECT ${dayOf(Prisma.sql`s."createdAt"`)}, ${SELF_SERVICE_KIND}, 'WEB', 0, 0, 0, 0, 0, 0, 0,
      array_fill(0, ARRAY[24]), ${SURVEY_AND_FOLLOW_UPS}
    FROM "SelfServiceContact" s LEFT JOIN "Rating" r ON r."selfServiceContactId" = s."id"
      LEFT JOIN ${followUpOf(Prisma.sql`"selfServiceContactId" = s."id"`)}
    WHERE ${onDays(days, Prisma.sql`s."createdAt"`)} AND (r."id" IS NOT NULL OR f."id" IS NOT NULL)
    GROUP BY 1`;
}

/** Each day's figures credited to each operator (MetricsOperatorDay). */
export function operatorRows(): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "MetricsOperatorDay" ("day", "staffId", "handled", "handlingCount", "handlingMs", "answeredRows",
      "answeredCount", "answeredMs", "ratingRows", "rated", "scoreSum", "score45", "cesAnswers", "cesSum", "fcrAnswers",
      "fcrYes")
    SELECT "day", "staffId", SUM("handled")::int, SUM("handlingCount")::int, SUM("handlingMs")::bigint,
      SUM("answeredRows")::int, SUM("answeredCount")::int, SUM("answeredMs")::bigint, SUM("ratingRows")::int,
      SUM("rated")::int, SUM("scoreSum")::int, SUM("score45")::int, SUM("cesAnswers")::int, SUM("cesSum")::int,
      SUM("fcrAnswers")::int, SUM("fcrYes")::int
    FROM (
      SELECT c."moscowDay" AS "day", c."operatorId" AS "staffId", 1 AS "handled",
        (${CLOSING_OPERATOR_HANDLING_SECONDS} IS NOT NULL)::int AS "handlingCount",
        COALESCE(${ms(CLOSING_OPERATOR_HANDLING_SECONDS)}, 0) AS "handlingMs", 0 AS "answeredRows", 0 AS "answeredCount",
        0 AS "answeredMs", 0 AS "ratingRows", 0 AS "rated", 0 AS "scoreSum", 0 AS "score45", 0 AS "cesAnswers",
        0 AS "cesSum", 0 AS "fcrAnswers", 0 AS "fcrYes"
      FROM ${DAY_CHATS} WHERE c."operatorId" IS NOT NULL
      UNION ALL
      SELECT c."moscowDay", c."firstResponderId", 0, 0, 0, 1,
        (${FIRST_RESPONSE_SECONDS} IS NOT NULL)::int, COALESCE(${ms(FIRST_RESPONSE_SECONDS)}, 0), 0, 0, 0, 0, 0, 0, 0, 0
      FROM ${DAY_CHATS} WHERE c."firstResponderId" IS NOT NULL AND ${ESCALATED}
      UNION ALL
      SELECT c."moscowDay", r."operatorId", 0, 0, 0, 0, 0, 0, 1, (r."score" IS NOT NULL)::int,
        COALESCE(r."score", 0), ((r."score" >= 4) IS TRUE)::int, (r."cesScore" IS NOT NULL)::int, COALESCE(r."cesScore", 0),
        (r."resolved" IS NOT NULL)::int, (r."resolved" IS TRUE)::int
      FROM ${DAY_CHATS} JOIN "Rating" r ON r."chatId" = c."id" WHERE r."operatorId" IS NOT NULL
    ) credited
    GROUP BY 1, 2`;
}

/**
 * The open follow-ups with a due time of the contacts created on `days`, as `f` (the contact's "createdAt" and the
 * follow-up's "dueAt"): each contact probes its own by key (OFFSET 0 keeps the probe a probe), where a join would
 * scan every follow-up for the few of one day.
 */
function openFollowUpsOn(days: string[]): Prisma.Sql {
  const open = (key: Prisma.Sql) => Prisma.sql`LATERAL (
    SELECT f."dueAt" FROM "FollowUp" f
    WHERE f.${key} AND f."resolvedAt" IS NULL AND f."dueAt" IS NOT NULL OFFSET 0
  ) f`;
  return Prisma.sql`(
    SELECT c."createdAt", f."dueAt" FROM ${DAY_CHATS} CROSS JOIN ${open(Prisma.sql`"chatId" = c."id"`)}
    UNION ALL
    SELECT s."createdAt", f."dueAt" FROM "SelfServiceContact" s CROSS JOIN ${open(Prisma.sql`"selfServiceContactId" = s."id"`)}
    WHERE ${onDays(days, Prisma.sql`s."createdAt"`)}
  ) f`;
}

/** Each day's histograms and counts by key (MetricsDayCount). */
export function countRows(days: string[]): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO "MetricsDayCount" ("day", "figure", "key", "bucket", "chats", "totalMs")
    SELECT c."moscowDay", 'firstResponse', '', ${FIRST_RESPONSE_BUCKET}, COUNT(*)::int,
        SUM(${ms(FIRST_RESPONSE_SECONDS)})::bigint
      FROM ${DAY_CHATS} WHERE ${ANSWERED} GROUP BY 1, 4
    UNION ALL
    SELECT c."moscowDay", 'handling', '', ${HANDLING_BUCKET}, COUNT(*)::int,
        SUM(${ms(HANDLING_SECONDS)})::bigint
      FROM ${DAY_CHATS} WHERE ${HANDLED} GROUP BY 1, 4
    UNION ALL
    SELECT ${dayOf(Prisma.sql`o."createdAt"`)}, 'reviewClicks', k."platformId", 0, COUNT(*)::int, 0
      FROM "ReviewClick" k JOIN "Rating" r ON r."id" = k."ratingId" JOIN ${contactsOn(days)} ON ${ofContact("r")}
      GROUP BY 1, 3
    UNION ALL
    -- Open follow-ups by the day they fall due: overdue by now are the earlier days, and today's read live.
    SELECT ${dayOf(Prisma.sql`f."createdAt"`)}, 'openFollowUpsDue', '', ${DUE_DAY}, COUNT(*)::int, 0
      FROM ${openFollowUpsOn(days)} GROUP BY 1, 4
    UNION ALL
    -- Once per operator and chat, however many ways they missed it (as perOperatorMetrics counts).
    SELECT "day", CASE WHEN "answered" THEN 'operatorLate' ELSE 'operatorUnanswered' END, "staffId", "bucket", COUNT(*)::int, 0
      FROM (
        SELECT DISTINCT c."moscowDay" AS "day", c."id", m."staffId",
          c."firstResponseAt" IS NOT NULL AS "answered", COALESCE(${FIRST_RESPONSE_BUCKET}, 0) AS "bucket"
        FROM ${DAY_CHATS} CROSS JOIN LATERAL unnest(array_append(c."passedOverIds", c."missedById")) AS m("staffId")
        WHERE m."staffId" IS NOT NULL AND ${ESCALATED}
          AND (c."firstResponseAt" IS NOT NULL OR c."closedAt" IS NOT NULL)
      ) misses
      GROUP BY 1, 2, 3, 4`;
}

/**
 * Help sessions per day, as the CTE "sessions". One seen on this day only is counted per day
 * (MetricsContainmentDay); one seen on several days (HelpSessionSpan) keeps a row per day with what it did
 * (MetricsSessionDay), so a period counts it once, as the containment scan does.
 */
export function containmentSessions(days: string[]): Prisma.Sql {
  const on = (column: Prisma.Sql) => onDays(days, column);
  return Prisma.sql`
    "active" AS (
      SELECT ${dayOf(Prisma.sql`h."createdAt"`)} AS "day", h."sessionKey" FROM "HintImpression" h WHERE ${on(Prisma.sql`h."createdAt"`)}
      UNION SELECT ${dayOf(Prisma.sql`v."createdAt"`)}, v."sessionKey" FROM "HelpArticleView" v WHERE ${on(Prisma.sql`v."createdAt"`)}
      UNION SELECT c."moscowDay", c."sessionKey" FROM ${DAY_CHATS}
        WHERE c."sessionKey" IS NOT NULL AND ${BOT_CHAT}
    ),
    "reached" AS (
      SELECT DISTINCT c."moscowDay" AS "day", c."sessionKey" FROM ${DAY_CHATS}
      WHERE c."sessionKey" IS NOT NULL AND ${ESCALATED}
    ),
    "sessions" AS (
      SELECT COALESCE(a."day", r."day") AS "day", COALESCE(a."sessionKey", r."sessionKey") AS "sessionKey",
             a."sessionKey" IS NOT NULL AS "active", r."sessionKey" IS NOT NULL AS "reached",
             COALESCE(s."firstDay" = s."lastDay", false) AS "oneDay"
      FROM "active" a FULL JOIN "reached" r ON r."day" = a."day" AND r."sessionKey" = a."sessionKey"
      -- A session seen on one of the days has a span ending on the first of them or later (the triggers keep it so):
      -- the bound reads those few spans by their index, where a probe per session key read five pages. A span it
      -- missed would only count its session as seen on several days, still once per period.
      LEFT JOIN "HelpSessionSpan" s ON s."sessionKey" = COALESCE(a."sessionKey", r."sessionKey")
        AND s."lastDay" >= ${[...days].sort()[0]}::date
    )`;
}
