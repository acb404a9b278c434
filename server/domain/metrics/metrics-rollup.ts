// Daily rollups of the quality metrics: each Moscow day's figures recomputed from the raw rows with the
// definitions of metric-sql.ts. Triggers (migration metrics-rollups) log a day in MetricsDirtyDay whenever a fact
// of it is written (a chat queued, answered or closed, a rating or survey answer, a follow-up, a hint seen…); a
// reader refreshes the logged days of its period before reading, so the rollups are exact at read time, and the
// cost of a report grows with the changed days, not with the chats.
import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { metricsDaysOf, moscowDayOf, type MetricsRange } from "./metrics-range";
import { containmentSessions, countRows, dayChats, dayRows, operatorRows } from "./rollup-day-rows";

type Tx = Prisma.TransactionClient | Db;

const DAY_MS = 86_400_000;
/** Any fixed number: the refreshers of all instances queue on it, so two never rebuild the same day at once. */
const REFRESH_LOCK = 19_000_019;

/** The two parts of a day's rollups, each rebuilt on its own when only its facts changed (MetricsDirtyDay.part). */
type RollupPart = "contacts" | "sessions";
type DirtyDays = Record<RollupPart, string[]>;

/** The tables of each part: a rebuild deletes its days from each, then inserts them anew. */
const PART_TABLES: Record<RollupPart, string[]> = {
  contacts: ["MetricsDay", "MetricsOperatorDay", "MetricsDayCount"],
  sessions: ["MetricsContainmentDay", "MetricsSessionDay"],
};

/** The data-modifying CTEs that insert a part's rows for the days of the "dayChats" CTE. */
function partInserts(part: RollupPart, days: string[]): Prisma.Sql {
  if (part === "contacts")
    return Prisma.sql`"days" AS (${dayRows(days)}), "operators" AS (${operatorRows()}), "counts" AS (${countRows(days)})`;
  return Prisma.sql`${containmentSessions(days)},
    "spanning" AS (
      INSERT INTO "MetricsSessionDay" ("day", "sessionKey", "active", "reached")
      SELECT "day", "sessionKey", "active", "reached" FROM "sessions" WHERE NOT "oneDay"
    ),
    "contained" AS (
      INSERT INTO "MetricsContainmentDay" ("day", "sessions", "contained")
      SELECT "day", COUNT(*)::int, (COUNT(*) FILTER (WHERE NOT "reached"))::int FROM "sessions"
      WHERE "oneDay" AND "active" GROUP BY 1
    )`;
}

const sameDays = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Rebuilds the `dirty` days of each part from the raw rows and deletes the dirty `marks` read for them: a refresh
 * of today runs on every report after a change, so its round trips count. The deletes are one statement, the
 * inserts one per distinct list of days (their parts as data-modifying CTEs, which run whether read or not).
 * Deleting and inserting the same keys stay in separate statements: within one the order of the parts is
 * unspecified.
 */
async function rebuildDays(tx: Tx, dirty: DirtyDays, marks: bigint[]): Promise<void> {
  const parts = (Object.keys(PART_TABLES) as RollupPart[]).filter((part) => dirty[part].length > 0);
  const deletes = parts.flatMap((part) =>
    PART_TABLES[part].map(
      (table) =>
        Prisma.sql`${Prisma.raw(`"old${table}"`)} AS (DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE "day" = ANY(${dirty[part]}::date[]))`,
    ),
  );
  await tx.$executeRaw`
    WITH ${Prisma.join([...deletes, Prisma.sql`"marks" AS (DELETE FROM "MetricsDirtyDay" WHERE "id" = ANY(${marks}::bigint[]))`])}
    SELECT 1`;
  // A chat changed marks both parts of its day: then one statement reads the day's chats once for both.
  const groups = parts.length === 2 && sameDays(dirty.contacts, dirty.sessions) ? [parts] : parts.map((part) => [part]);
  for (const group of groups) {
    const days = dirty[group[0]!];
    await tx.$executeRaw`
      WITH ${dayChats(days)}, ${Prisma.join(group.map((part) => partInserts(part, days)))}
      SELECT 1`;
  }
}

/**
 * Queues behind any other refresher, and plans for rows that are read hot: JIT compilation off (a rebuild reads a
 * few hundred rows a day, but an empty table's statistics, no self-service contacts yet, made the planner estimate
 * millions and compile for 3 s on each refresh of today), and random reads priced as cached, so one day's chats
 * probe their ratings by key instead of scanning every rating (a 31-day repair chunk still hashes).
 */
async function lockRefresh(tx: Tx): Promise<void> {
  await tx.$executeRaw`
    SELECT set_config('jit', 'off', true), set_config('random_page_cost', '1.1', true),
      pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)`;
}

/** Rebuilds the days logged as changed (all of them, or those within `range`) and clears what it rebuilt. */
export async function refreshMetricsRollups(db: Db, range?: MetricsRange): Promise<number> {
  const within = range
    ? Prisma.sql`"day" BETWEEN ${metricsDaysOf(range).from}::date AND ${metricsDaysOf(range).to}::date`
    : Prisma.sql`true`;
  // Read before the lock, so a report over settled days takes none. Rebuilding after another refresher has already
  // rebuilt a day costs time, never exactness: the rebuild reads the rows as they are once it holds the lock.
  const marks = await db.$queryRaw<Array<{ id: bigint; day: string; part: RollupPart }>>`
    SELECT "id", to_char("day", 'YYYY-MM-DD') AS "day", "part" FROM "MetricsDirtyDay" WHERE ${within}`;
  if (marks.length === 0) return 0;
  const daysOf = (part: RollupPart) => [...new Set(marks.filter((mark) => mark.part === part).map((mark) => mark.day))];
  const dirty: DirtyDays = { contacts: daysOf("contacts"), sessions: daysOf("sessions") };
  await db.$transaction(
    async (tx) => {
      await lockRefresh(tx);
      // Only the marks read above: one written meanwhile may describe a change this rebuild did not see.
      await rebuildDays(
        tx,
        dirty,
        marks.map((mark) => mark.id),
      );
    },
    { timeout: 600_000 },
  );
  return new Set(marks.map((mark) => mark.day)).size;
}

/** The nightly repair: rebuilds every day of the `days` before `now` (today included) from the raw rows. */
export async function repairMetricsRollups(db: Db, options: { now: Date; days: number }): Promise<void> {
  const all = Array.from({ length: options.days }, (_, i) => moscowDayOf(new Date(options.now.getTime() - i * DAY_MS)));
  // A month per transaction: short locks, and a failure loses one chunk, not the night's work.
  for (let i = 0; i < all.length; i += 31) {
    const chunk = all.slice(i, i + 31);
    await db.$transaction(
      async (tx) => {
        await lockRefresh(tx);
        const marks = await tx.$queryRaw<Array<{ id: bigint }>>`
          SELECT "id" FROM "MetricsDirtyDay" WHERE "day" = ANY(${chunk}::date[])`;
        await rebuildDays(
          tx,
          { contacts: chunk, sessions: chunk },
          marks.map((mark) => mark.id),
        );
      },
      { timeout: 600_000 },
    );
  }
}
