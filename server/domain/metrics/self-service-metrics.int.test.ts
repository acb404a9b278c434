import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createSubscriber } from "@/server/testing/fixtures";
import { NOW, seedMetricsHistory } from "@/server/testing/metrics-history.fixture";
import { createTranslator } from "@/i18n/translator";
import { metricsCsv } from "@/server/reports/metrics-csv";
import { recordSelfServiceEvent } from "@/server/domain/self-service/record-self-service-event";
import { dismissSelfServiceSurvey, rateSelfServiceContact } from "@/server/domain/self-service/self-service-survey";
import type { SurveyInput } from "@/server/domain/survey/store-answers";
import { metricQueries } from "./metric-queries";
import { getMetricsReport } from "./get-metrics-report";
import { metricsRangeOf, type MetricsRange } from "./metrics-range";

let testDb: TestDb;
// 1–2 April 2026 in Moscow: the eight chats of metrics-history.fixture.ts (metrics.int.test.ts has their figures).
const range: MetricsRange = metricsRangeOf({ from: "2026-04-01", to: "2026-04-02" }, 60, NOW);
let followUpsBefore: number;

/** A top-up that failed and, five minutes later, worked: a self-service contact at `at`. */
async function contactAt(accountId: string, at: string) {
  const success = new Date(at);
  const failure = new Date(success.getTime() - 5 * 60_000);
  await recordSelfServiceEvent(testDb.db, { accountId, action: "payment.top_up", succeeded: false, now: failure });
  await recordSelfServiceEvent(testDb.db, { accountId, action: "payment.top_up", succeeded: true, now: success });
  return testDb.db.selfServiceContact.findUniqueOrThrow({
    where: {
      succeededEventId: (await testDb.db.selfServiceEvent.findFirstOrThrow({ where: { createdAt: success } })).id,
    },
  });
}

async function answered(accountId: string, at: string, answers: SurveyInput) {
  const contact = await contactAt(accountId, at);
  await rateSelfServiceContact(testDb.db, { accountId, contactId: contact.id, ...answers, now: new Date(at) });
}

beforeAll(async () => {
  testDb = await createTestDb();
  await seedMetricsHistory(testDb.db);
  followUpsBefore = (await metricQueries.followUps(testDb.db, range)).raised;
  const [a, b, c] = [
    await createSubscriber(testDb.db),
    await createSubscriber(testDb.db),
    await createSubscriber(testDb.db),
  ];
  // 1 April, 12:00 Moscow: resolved, effort 6, NPS 10.
  await answered(a.id, "2026-04-01T09:00:00Z", { resolved: true, cesScore: 6, npsScore: 10 });
  // 2 April, 11:00 Moscow: not resolved, effort 2 (a detractor: followed up).
  await answered(b.id, "2026-04-02T08:00:00Z", { resolved: false, cesScore: 2 });
  // Dismissed: no answers to count.
  const dismissed = await contactAt(c.id, "2026-04-02T08:30:00Z");
  await dismissSelfServiceSurvey(testDb.db, { accountId: c.id, contactId: dismissed.id });
  // 3 April: outside the period.
  await answered(a.id, "2026-04-03T09:00:00Z", { resolved: false, cesScore: 1 });
});
afterAll(() => testDb.close());

describe(`self-service surveys in the quality metrics (${testDbLabel()})`, () => {
  it("count in NPS, CES and FCR beside the chats' answers, and not in the chats' own figures", async () => {
    expect(await metricQueries.summary(testDb.db, range)).toMatchObject({
      chats: 8,
      rated: 4, // CSI is the operators': unchanged
      csi: 0.25,
      npsAnswers: 5, // chats 10, 9, 7, 3; self-service 10
      nps: 40, // promoters 10, 9, 10 = 60 %; detractors 3 = 20 %
      cesAnswers: 6, // chats 7, 5, 6, 2; self-service 6, 2
      averageCes: 28 / 6,
      cesEasy: 4 / 6, // 7, 5, 6, 6
      fcrAnswers: 6, // chats yes, yes, yes, no; self-service yes, no
      fcr: 4 / 6,
    });
  });

  it("show as a kind of their own and on the site channel, and by day", async () => {
    const byKind = await metricQueries.byKind(testDb.db, range);
    expect(byKind.map((row) => row.key)).toEqual(["SUPPORT", "SALES", "SELF_SERVICE"]);
    expect(byKind[0]).toMatchObject({ chats: 7, averageCes: 5, fcr: 2 / 3 }); // the chats' figures, unchanged
    expect(byKind[2]).toEqual({ key: "SELF_SERVICE", chats: 0, escalated: 0, csat: null, averageCes: 4, fcr: 0.5 });
    // Site chats' CES 5, 6, 2 and resolved yes, yes, no; self-service 6, 2 and yes, no.
    expect((await metricQueries.byChannel(testDb.db, range))[0]).toEqual({
      key: "WEB",
      chats: 6,
      escalated: 5,
      csat: 1 / 3,
      averageCes: 21 / 5,
      fcr: 3 / 5,
    });
    expect(await metricQueries.daily(testDb.db, range)).toEqual([
      // chats CES 7, 5 both resolved; self-service 6, resolved
      { day: "2026-04-01", chats: 4, escalated: 3, csat: 1, averageCes: 6, fcr: 1 },
      // chats CES 6, 2, resolved yes and no; self-service 2, not resolved
      { day: "2026-04-02", chats: 4, escalated: 4, csat: 0, averageCes: 10 / 3, fcr: 1 / 3 },
    ]);
  });

  it("raise follow-ups counted with the period's, and reach the CSV", async () => {
    expect((await metricQueries.followUps(testDb.db, range)).raised).toBe(followUpsBefore + 1);
    const report = await getMetricsReport(testDb.db, range);
    const channels = metricsCsv(report, "channels", "ru", createTranslator("ru")).split("\r\n");
    expect(channels).toContain("Самообслуживание (опрос после неудачи);0;0;;4;50");
    expect(channels).toContain("Сайт;6;5;33,33;4,2;60");
    const summary = metricsCsv(report, "summary", "en", createTranslator("en")).split("\r\n");
    expect(summary).toContain("NPS,40");
    expect(summary).toContain('"CES, answers 5–7, %",66.67');
  });
});
