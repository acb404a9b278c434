import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { callerAs } from "@/server/testing/callers";
import { staffPrincipal } from "@/server/testing/fixtures";
import { createTranslator } from "@/i18n/translator";
import { metricFormat } from "@/i18n/metric-format";
import { dailyFigures } from "@/server/reports/daily-report-figures";
import { seedDemo } from "@/prisma/seed";
import { moscowYesterday } from "./daily-report";

let t: TestDb;

// The demo history ends "now": the procedures read the real clock, so the seed does too.
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db, { now: new Date() });
}, 180_000);
afterAll(() => t?.close());

describe(`daily report on the demo data (${testDbLabel()})`, () => {
  it("shows for yesterday exactly the metrics page's figures for that day", async () => {
    const staff = await t.db.staffUser.findUniqueOrThrow({ where: { email: "supervisor@demo.local" } });
    const supervisor = callerAs(t.db, staffPrincipal(staff));
    const day = moscowYesterday(new Date());
    const daily = await supervisor.reports.daily({ day });
    const metrics = await supervisor.metrics.report({ from: day, to: day });
    // A day with every kind of answer, so the comparison is not between empty blocks.
    expect(daily.empty).toBe(false);
    expect(metrics.summary.chats).toBeGreaterThan(0);
    expect(metrics.summary.rated).toBeGreaterThan(0);
    expect(metrics.summary.cesAnswers).toBeGreaterThan(0);
    expect(metrics.summary.fcrAnswers).toBeGreaterThan(0);
    expect(metrics.containment.sessions).toBeGreaterThan(0);
    expect(metrics.firstResponse.averageSeconds).not.toBeNull();
    // Every block, not only the headline: the report is the metrics page for one day.
    expect(daily.metrics).toEqual(metrics);
    // And the figures as written on the page and in the e-mail are those of the metrics page's numbers.
    const ru = createTranslator("ru");
    const fromMetrics = dailyFigures({ ...daily, metrics }, "ru", ru);
    expect(dailyFigures(daily, "ru", ru)).toEqual(fromMetrics);
    expect(fromMetrics.find((f) => f.id === "overdue")?.value).toBe(
      metricFormat("ru", ru).count(metrics.followUps.overdue),
    );
  });
});
