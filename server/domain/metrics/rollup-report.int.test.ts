import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { Random } from "@/prisma/seed/random";
import {
  addRandomFacts,
  addRandomHelpActivity,
  changeRandomFacts,
  changeSelfServiceFacts,
  RANDOM_DAYS,
  RANDOM_NOW,
  seedRandomWorld,
  type RandomWorld,
} from "@/server/testing/metrics-random.fixture";
import { getMetricsReport } from "./get-metrics-report";
import { scanQueries } from "./metric-scans";
import { SELF_SERVICE_KIND } from "./metric-sql";
import { metricsRangeOf, moscowDayOf, type MetricsRange } from "./metrics-range";
import { repairMetricsRollups } from "./metrics-rollup";

// A new seed each run, printed with any failure, so a run that finds a difference can be replayed.
const SEED = Number(process.env.METRICS_RANDOM_SEED ?? Date.now() % 1_000_000);
const DAY_MS = 86_400_000;

let testDb: TestDb;
let world: RandomWorld;
const r = new Random(SEED);

beforeAll(async () => {
  testDb = await createTestDb();
  world = await seedRandomWorld(testDb.db);
  await addRandomFacts(testDb.db, world, r, 300);
});
afterAll(() => testDb.close());

/**
 * The received figures with each number that is within a billionth (relative) of the expected one replaced by it:
 * a sum of per-day sums may differ from one long float sum in the last bits, nothing more.
 */
function withinFloatError(received: unknown, expected: unknown): unknown {
  if (typeof received === "number" && typeof expected === "number")
    return Math.abs(received - expected) <= 1e-9 * Math.max(1, Math.abs(expected)) ? expected : received;
  if (Array.isArray(received) && Array.isArray(expected))
    return received.map((value, i) => withinFloatError(value, expected[i]));
  if (received && expected && typeof received === "object" && typeof expected === "object")
    return Object.fromEntries(
      Object.entries(received).map(([key, value]) => [
        key,
        withinFloatError(value, (expected as Record<string, unknown>)[key]),
      ]),
    );
  return received;
}

async function scanReport(range: MetricsRange) {
  const names = Object.keys(scanQueries) as Array<keyof typeof scanQueries>;
  const values = await Promise.all(names.map((name) => scanQueries[name](testDb.db, range)));
  return Object.fromEntries(names.map((name, i) => [name, values[i]]));
}

/** Random whole-day periods inside the data (single days, the whole window, one reaching past it) and SLAs. */
function randomRanges(count: number): MetricsRange[] {
  const day = (back: number) => moscowDayOf(new Date(RANDOM_NOW.getTime() - back * DAY_MS));
  const ranges = [metricsRangeOf({ from: day(RANDOM_DAYS + 2), to: day(0) }, 60, RANDOM_NOW)];
  for (let i = 0; i < count; i++) {
    const first = r.int(0, RANDOM_DAYS);
    ranges.push(metricsRangeOf({ from: day(first), to: day(r.int(0, first)) }, r.pick([1, 30, 60, 100]), RANDOM_NOW));
  }
  return ranges;
}

async function dirtyParts() {
  const marks = await testDb.db.metricsDirtyDay.findMany({ distinct: ["part"], orderBy: { part: "asc" } });
  return marks.map((mark) => mark.part);
}

async function expectRollupsMatchScans(ranges: MetricsRange[]) {
  for (const range of ranges) {
    const { period, ...report } = await getMetricsReport(testDb.db, range);
    const label = `seed ${SEED}, ${period.from}…${period.to}, SLA ${range.slaSeconds} s`;
    const scanned = await scanReport(range);
    expect(withinFloatError(report, scanned), label).toEqual(scanned);
  }
}

describe(`metrics rollups against the raw scans, random data, seed ${SEED} (${testDbLabel()})`, () => {
  it("give the scans' report for random periods and SLAs, durations' p90 and sessions across days included", async () => {
    const [whole] = randomRanges(0);
    const report = await getMetricsReport(testDb.db, whole!);
    // The data has what the comparison is about, or it would prove little.
    expect(report.summary.chats, `seed ${SEED}`).toBe(300);
    expect(report.firstResponse.p90Seconds).not.toBeNull();
    expect(report.summary.missed).toBeGreaterThan(0);
    expect(report.followUps.overdue).toBeGreaterThan(0);
    expect(report.followUps.compensationKopecks, "compensations credited").toBeGreaterThan(0);
    const selfService = report.byKind.find((row) => row.key === SELF_SERVICE_KIND);
    expect(selfService?.averageCes, "self-service surveys").not.toBeNull();
    expect(await testDb.db.followUp.count({ where: { chatId: null } }), "self-service follow-ups").toBeGreaterThan(0);
    expect(await testDb.db.metricsSessionDay.count(), "sessions seen on several days").toBeGreaterThan(0);
    await expectRollupsMatchScans(randomRanges(8));
  }, 120_000);

  it("stay exact as facts change and arrive: the changed days are rebuilt before the next read", async () => {
    await getMetricsReport(testDb.db, randomRanges(0)[0]!);
    await changeRandomFacts(testDb.db, r);
    await addRandomFacts(testDb.db, world, r, 60);
    expect(await testDb.db.metricsDirtyDay.count()).toBeGreaterThan(0);
    await expectRollupsMatchScans(randomRanges(6));
  }, 120_000);

  it("count a self-service survey answered, a platform opened or a follow-up resolved later, no chat changed", async () => {
    await getMetricsReport(testDb.db, randomRanges(0)[0]!);
    expect(await testDb.db.metricsDirtyDay.count()).toBe(0);
    await changeSelfServiceFacts(testDb.db, r);
    expect(await dirtyParts(), "only the contacts' part of their days marked").toEqual(["contacts"]);
    await expectRollupsMatchScans(randomRanges(4));
  }, 120_000);

  it("count hints seen and articles read later, sessions reaching new days included, rebuilding only the sessions", async () => {
    const [whole] = randomRanges(0);
    await getMetricsReport(testDb.db, whole!);
    await addRandomHelpActivity(testDb.db, world, r, 40);
    expect(await dirtyParts(), "only the sessions' part of their days marked").toEqual(["sessions"]);
    // A wrong figure planted in the contacts' part of every day survives the refresh: that part was not rebuilt.
    await testDb.db.metricsDay.updateMany({ data: { chats: { increment: 1000 } } });
    await getMetricsReport(testDb.db, whole!);
    expect(await testDb.db.metricsDay.count({ where: { chats: { lt: 1000 } } })).toBe(0);
    await testDb.db.metricsDay.updateMany({ data: { chats: { decrement: 1000 } } });
    await expectRollupsMatchScans(randomRanges(4));
  }, 120_000);

  it("are rebuilt from the raw rows by the nightly repair, whatever happened to them", async () => {
    await testDb.db.metricsDay.deleteMany();
    await testDb.db.metricsDayCount.updateMany({ data: { chats: 1 } });
    await repairMetricsRollups(testDb.db, { now: RANDOM_NOW, days: RANDOM_DAYS + 3 });
    expect(await testDb.db.metricsDirtyDay.count()).toBe(0);
    await expectRollupsMatchScans(randomRanges(4));
  }, 120_000);
});
