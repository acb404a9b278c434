import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { staffPrincipal, testContext } from "@/server/testing/fixtures";
import { createCaller } from "@/server/api/root";
import { metricQueries } from "./metric-queries";
import { getMetricsReport } from "./get-metrics-report";
import { metricsRangeOf, type MetricsRange } from "./metrics-range";
import { NOW, seedMetricsHistory } from "@/server/testing/metrics-history.fixture";
import { createTranslator } from "@/i18n/translator";
import { metricsCsv } from "@/server/reports/metrics-csv";

let testDb: TestDb;
let staff: Awaited<ReturnType<typeof seedMetricsHistory>>;
// 1–2 April 2026 in Moscow; see metrics-history.fixture.ts for the eight chats in it.
const range: MetricsRange = metricsRangeOf({ from: "2026-04-01", to: "2026-04-02" }, 60, NOW);

beforeAll(async () => {
  testDb = await createTestDb();
  staff = await seedMetricsHistory(testDb.db);
});
afterAll(() => testDb.close());

/** A breakdown row without survey answers. */
const unrated = { csat: null, averageCes: null, fcr: null };

describe(`quality metrics (${testDbLabel()})`, () => {
  it("counts chats, escalations, missed dialogs and ratings", async () => {
    expect(await metricQueries.summary(testDb.db, range)).toEqual({
      chats: 8, // chats 1–8; the two a second outside the period are not counted
      escalated: 7, // all but the bot-only chat 1
      missed: 3, // 4 closed without a reply, 5 answered at 90 s > 60, 6 waiting 120 s > 60 (8 at exactly 60 s is in time)
      missedShare: 3 / 7,
      rated: 4, // scores 5, 4, 3, 1
      averageScore: 3.25, // 13 / 4
      csi: 0.25, // one 5 of four
      csat: 0.5, // 5 and 4 of four
      npsAnswers: 4, // 10, 9, 7, 3
      nps: 25, // promoters 10, 9 = 50 %; detractors 3 = 25 %; 50 − 25
      cesAnswers: 4, // 7, 5, 6, 2
      averageCes: 5, // 20 / 4
      cesEasy: 0.75, // 7, 5, 6 are 5–7: three of four
      fcrAnswers: 4, // yes, yes, yes, no
      fcr: 0.75,
    });
  });

  it("times the first response from the queue, not from the start of the chat", async () => {
    const frt = await metricQueries.firstResponse(testDb.db, range);
    // Chats 2, 3, 5, 8: 30, 50, 90, 60 s (chat 2 spent 600 s with the bot first). Average 230 / 4.
    expect(frt).toMatchObject({ chats: 4, averageSeconds: 57.5 });
    // Sorted 30, 50, 60, 90: position 0.9 × 3 = 2.7, so 60 + 0.7 × (90 − 60) = 81.
    expect(frt.p90Seconds).toBeCloseTo(81, 9);
  });

  it("times handling from the first take to the close", async () => {
    const handling = await metricQueries.handling(testDb.db, range);
    // Chats 4: 30 s, 2: 610 s, 3: 600 s (from Anna's first take, not Boris's), 5: 540 s, 8: 300 s. Average 2080 / 5.
    expect(handling).toMatchObject({ chats: 5, averageSeconds: 416 });
    // Sorted 30, 300, 540, 600, 610: position 0.9 × 4 = 3.6, so 600 + 0.6 × 10 = 606.
    expect(handling.p90Seconds).toBeCloseTo(606, 9);
  });

  it("counts help sessions that never reached an operator", async () => {
    // Sessions seen in the period: s1 s2 s4 s5 s6 s7 (support chats, which open with the bot; chat 3 of s3 is a
    // sales chat from a banner, no help session), s8 s11 (hints), s10 (articles); s9 is older.
    // Reached an operator in the period: s2, s4–s7. s11's chat reached one a second before it. Contained: s1, s8, s10, s11.
    expect(await metricQueries.containment(testDb.db, range)).toEqual({ sessions: 9, contained: 4, share: 4 / 9 });
  });

  it("breaks chats down by kind, channel, Moscow hour and Moscow day", async () => {
    expect(await metricQueries.byKind(testDb.db, range)).toEqual([
      // Rated support chats 2, 5, 8: scores 5, 3, 1; CES 7, 6, 2; resolved yes, yes, no.
      { key: "SUPPORT", chats: 7, escalated: 6, csat: 1 / 3, averageCes: 5, fcr: 2 / 3 },
      { key: "SALES", chats: 1, escalated: 1, csat: 1, averageCes: 5, fcr: 1 }, // chat 3: 4, CES 5, resolved
      // No self-service contacts here (self-service-survey.int.test.ts counts them).
      { key: "SELF_SERVICE", chats: 0, escalated: 0, ...unrated },
    ]);
    expect(await metricQueries.byChannel(testDb.db, range)).toEqual([
      // 1, 3, 5, 6, 7, 8; rated 3, 5, 8: scores 4, 3, 1; CES 5, 6, 2 (13 / 3); resolved yes, yes, no.
      { key: "WEB", chats: 6, escalated: 5, csat: 1 / 3, averageCes: 13 / 3, fcr: 2 / 3 },
      { key: "MOBILE_WEB", chats: 1, escalated: 1, csat: 1, averageCes: 7, fcr: 1 }, // 2
      { key: "TELEGRAM", chats: 1, escalated: 1, ...unrated }, // 4
      { key: "VK", chats: 0, escalated: 0, ...unrated },
      { key: "VIBER", chats: 0, escalated: 0, ...unrated },
      { key: "FACEBOOK", chats: 0, escalated: 0, ...unrated },
    ]);
    const hours = await metricQueries.byHour(testDb.db, range);
    expect(hours).toHaveLength(24);
    // MSK: 1 at 10, 2 at 11, 3 at 12, 4 at 23, 5 at 0 (21:30 UTC), 6 and 7 at 14, 8 at 9.
    expect(Object.fromEntries(hours.filter((h) => h.chats > 0).map((h) => [h.hour, h.chats]))).toEqual({
      0: 1,
      9: 1,
      10: 1,
      11: 1,
      12: 1,
      14: 2,
      23: 1,
    });
    expect(await metricQueries.daily(testDb.db, range)).toEqual([
      // chats 1–4; rated 5 and 4, CES 7 and 5, both resolved
      { day: "2026-04-01", chats: 4, escalated: 3, csat: 1, averageCes: 6, fcr: 1 },
      // chats 5–8 (5 is 00:30 MSK); rated 3 and 1, CES 6 and 2, resolved yes and no
      { day: "2026-04-02", chats: 4, escalated: 4, csat: 0, averageCes: 4, fcr: 0.5 },
    ]);
  });

  it("gives every operator a row, each figure credited to who did that part (operator-metrics.int.test.ts has more)", async () => {
    expect(await metricQueries.perOperator(testDb.db, range)).toEqual([
      // Chats 2 and 8: scores 5, 1; FRT 30, 60; handling 610, 300. She handed chat 3 back before anyone answered.
      {
        staffId: staff.anna.id,
        fullName: "Анна Операторова",
        isActive: true,
        chats: 2,
        rated: 2,
        averageScore: 3,
        csat: 0.5,
        averageCes: 4.5, // 7, 2
        fcr: 0.5, // yes, no
        averageFirstResponseSeconds: 45,
        averageHandlingSeconds: 455,
        missed: 0,
      },
      // Chats 3 and 5: scores 4, 3; FRT 50, 90; handling 570 (from his own take of 3), 540; 5 missed while he held it.
      {
        staffId: staff.boris.id,
        fullName: "Борис Операторов",
        isActive: true,
        chats: 2,
        rated: 2,
        averageScore: 3.5,
        csat: 0.5,
        averageCes: 5.5, // 5, 6
        fcr: 1, // yes, yes
        averageFirstResponseSeconds: 70,
        averageHandlingSeconds: 555,
        missed: 1,
      },
      // Only the chat after the period.
      {
        staffId: staff.vera.id,
        fullName: "Вера Тихая",
        isActive: true,
        chats: 0,
        rated: 0,
        averageScore: null,
        csat: null,
        averageCes: null,
        fcr: null,
        averageFirstResponseSeconds: null,
        averageHandlingSeconds: null,
        missed: 0,
      },
      // Not an operator any more, but chat 4 is his: closed unanswered 30 s after he took it.
      {
        staffId: staff.dmitry.id,
        fullName: "Дмитрий Бывший",
        isActive: true,
        chats: 1,
        rated: 0,
        averageScore: null,
        csat: null,
        averageCes: null,
        fcr: null,
        averageFirstResponseSeconds: null,
        averageHandlingSeconds: 30,
        missed: 1,
      },
    ]);
  });

  it("counts missed dialogs against the SLA it is given", async () => {
    // 100 s: chat 5 (90 s) is in time; 4 and 6 (waiting 120 s) are still missed.
    expect((await metricQueries.summary(testDb.db, { ...range, slaSeconds: 100 })).missed).toBe(2);
    // 30 s: 3 (50), 5 (90), 8 (60), 4, 6 missed; 2 at exactly 30 s and 7 waiting exactly 30 s are not.
    expect((await metricQueries.summary(testDb.db, { ...range, slaSeconds: 30 })).missed).toBe(5);
  });

  it("ignores chats outside the period", async () => {
    const secondDay = metricsRangeOf({ from: "2026-04-02", to: "2026-04-02" }, 60, NOW);
    expect(await metricQueries.summary(testDb.db, secondDay)).toMatchObject({
      chats: 4,
      escalated: 4,
      missed: 2,
      rated: 2,
    });
    const dayBefore = metricsRangeOf({ from: "2026-03-31", to: "2026-03-31" }, 60, NOW);
    expect(await metricQueries.summary(testDb.db, dayBefore)).toMatchObject({
      chats: 1,
      escalated: 1,
      missed: 1,
      rated: 0,
      csat: null,
      nps: null,
      missedShare: 1,
    });
    const empty = metricsRangeOf({ from: "2025-01-01", to: "2025-01-31" }, 60, NOW);
    const report = await getMetricsReport(testDb.db, empty);
    expect(report.summary).toEqual({
      chats: 0,
      escalated: 0,
      missed: 0,
      missedShare: null,
      rated: 0,
      averageScore: null,
      csi: null,
      csat: null,
      npsAnswers: 0,
      nps: null,
      cesAnswers: 0,
      averageCes: null,
      cesEasy: null,
      fcrAnswers: 0,
      fcr: null,
    });
    expect(report.reviewFunnel).toEqual({ invited: 0, clicked: 0, clickShare: null, platforms: [] });
    expect(report.followUps).toEqual({ raised: 0, closed: 0, overdue: 0, compensated: 0, compensationKopecks: 0 });
    expect(report.firstResponse).toEqual({ chats: 0, averageSeconds: null, p90Seconds: null });
    expect(report.containment).toEqual({ sessions: 0, contained: 0, share: null });
    expect(report.daily).toHaveLength(31);
    expect(report.perOperator.map((o) => o.chats)).toEqual([0, 0, 0]); // the three operators, no former ones
  });

  it("assembles the whole report for the period", async () => {
    const report = await getMetricsReport(testDb.db, range);
    expect(report.period).toEqual({ from: "2026-04-01", to: "2026-04-02", slaSeconds: 60 });
    expect(report.summary.chats).toBe(8);
    expect(report.byHour.reduce((sum, h) => sum + h.chats, 0)).toBe(8);
  });

  it("exports sections as CSV with the same figures", async () => {
    const report = await getMetricsReport(testDb.db, range);
    const operators = metricsCsv(report, "operators", "ru", createTranslator("ru")).split("\r\n");
    expect(operators[0]).toBe(
      "\uFEFFОператор;Чатов;Оценок;Средняя оценка;CSAT, %;CES, ср.;FCR, %;Первый ответ, среднее, с;Обработка, среднее, с;Пропущенные диалоги",
    );
    expect(operators[1]).toBe("Анна Операторова;2;2;3;50;4,5;50;45;455;0");
    expect(operators[3]).toBe("Вера Тихая;0;0;;;;;;;0");
    const summary = metricsCsv(report, "summary", "en", createTranslator("en")).split("\r\n");
    expect(summary).toContain('"Missed share, %",42.86'); // 3 / 7; the label has a comma, so it is quoted
    expect(summary).toContain("NPS,25");
    expect(summary).toContain('"CES, avg",5');
    expect(summary).toContain('"CES, answers 5–7, %",75');
    expect(summary).toContain('"FCR, %",75');
    expect(metricsCsv(report, "daily", "en", createTranslator("en")).split("\r\n")[2]).toBe("2026-04-02,4,4,0,4,50");
    // Channels, then kinds, in words, never their codes; CES 13 / 3 and FCR 2 / 3 on the site.
    const channels = metricsCsv(report, "channels", "ru", createTranslator("ru")).split("\r\n");
    expect(channels.slice(0, 4)).toEqual([
      "\uFEFFКанал или тип;Чатов;Переведено на оператора;CSAT, %;CES, ср.;FCR, %",
      "Сайт;6;5;33,33;4,33;66,67",
      "Мобильный сайт;1;1;100;7;100",
      "Телеграм;1;1;;;",
    ]);
    expect(channels.slice(7, 9)).toEqual(["Поддержка;7;6;33,33;5;66,67", "Продажи;1;1;100;5;100"]);
  });

  it("serves the report to supervisors and admins through the API, checking the period", async () => {
    const caller = createCaller(testContext(testDb.db, staffPrincipal(staff.boris)));
    const report = await caller.metrics.report({ from: "2026-04-01", to: "2026-04-02" });
    expect(report.summary.chats).toBe(8);
    expect(report.period).toMatchObject({ from: "2026-04-01", to: "2026-04-02" });
    await expect(caller.metrics.report({ from: "2026-04-02", to: "2026-04-01" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(caller.metrics.report({ from: "2026-02-30" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const operator = createCaller(testContext(testDb.db, staffPrincipal(staff.anna)));
    await expect(operator.metrics.report({})).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
