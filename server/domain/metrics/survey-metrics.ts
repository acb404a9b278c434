// The survey's figures (NPS, CES, FCR) over every surveyed contact of the period: chats and self-service contacts.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { MetricsRange } from "./metrics-range";
import type { SurveyFigures, SurveyTotals } from "./metric-types";
import { AVERAGE_CES, CES_EASY, FCR, inMoscow, NPS, surveysOfPeriod, toNumber } from "./metric-sql";

type Num = bigint | number | string | null;

export async function surveyTotals(db: Db, range: MetricsRange): Promise<SurveyTotals> {
  const [row] = await db.$queryRaw<Array<Record<keyof SurveyTotals, Num>>>`
    SELECT COUNT(r."npsScore")::int AS "npsAnswers", ${NPS} AS "nps",
           COUNT(r."cesScore")::int AS "cesAnswers", ${AVERAGE_CES} AS "averageCes", ${CES_EASY} AS "cesEasy",
           COUNT(r."resolved")::int AS "fcrAnswers", ${FCR} AS "fcr"
    FROM ${surveysOfPeriod(range)}`;
  const n = (key: keyof SurveyTotals) => toNumber(row?.[key] ?? null);
  return {
    npsAnswers: n("npsAnswers") ?? 0,
    nps: n("nps"),
    cesAnswers: n("cesAnswers") ?? 0,
    averageCes: n("averageCes"),
    cesEasy: n("cesEasy"),
    fcrAnswers: n("fcrAnswers") ?? 0,
    fcr: n("fcr"),
  };
}

/** Effort and resolution per key: the contact's kind or channel, or its Moscow day. */
async function surveyFiguresBy(db: Db, range: MetricsRange, key: Prisma.Sql): Promise<Map<string, SurveyFigures>> {
  const rows = await db.$queryRaw<Array<{ key: string; averageCes: Num; fcr: Num }>>`
    SELECT ${key} AS "key", ${AVERAGE_CES} AS "averageCes", ${FCR} AS "fcr"
    FROM ${surveysOfPeriod(range)}
    GROUP BY 1`;
  return new Map(rows.map((row) => [row.key, { averageCes: toNumber(row.averageCes), fcr: toNumber(row.fcr) }]));
}

export const surveyFiguresByColumn = (db: Db, range: MetricsRange, column: "kind" | "channel") =>
  surveyFiguresBy(db, range, Prisma.sql`r.${Prisma.raw(`"${column}"`)}`);

export const surveyFiguresByDay = (db: Db, range: MetricsRange) =>
  surveyFiguresBy(db, range, Prisma.sql`to_char(${inMoscow(Prisma.sql`r."createdAt"`)}, 'YYYY-MM-DD')`);

/** A key without surveys: no figures. */
export const noSurveys: SurveyFigures = { averageCes: null, fcr: null };
