import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, testDbLabel, type TestDb } from "@/server/testing/test-db";
import { createStaff, staffPrincipal } from "@/server/testing/fixtures";
import { callerAs, causeCode } from "@/server/testing/callers";
import { NOW, seedMetricsHistory } from "@/server/testing/metrics-history.fixture";
import { createTranslator } from "@/i18n/translator";
import type { Locale } from "@/i18n/locales";
import { dailyReportMail } from "@/server/reports/daily-report-figures";
import { getDailyReport, moscowYesterday } from "./daily-report";
import { sendDailyReportMail } from "./daily-report-mail";

let testDb: TestDb;
let staff: Awaited<ReturnType<typeof seedMetricsHistory>>;

beforeAll(async () => {
  testDb = await createTestDb();
  staff = await seedMetricsHistory(testDb.db);
});
afterAll(() => testDb.close());

describe(`daily quality report (${testDbLabel()})`, () => {
  it("reports yesterday on the Moscow clock", () => {
    expect(moscowYesterday(new Date("2026-04-02T20:59:59Z"))).toBe("2026-04-01"); // 23:59:59 MSK on the 2nd
    expect(moscowYesterday(new Date("2026-04-02T21:00:00Z"))).toBe("2026-04-02"); // 00:00 MSK on the 3rd
  });

  it("shows the same figures as the metrics page for that day, for each day of the fixture", async () => {
    const supervisor = callerAs(testDb.db, staffPrincipal(staff.elena));
    for (const day of ["2026-04-01", "2026-04-02"]) {
      const daily = await supervisor.reports.daily({ day });
      const metrics = await supervisor.metrics.report({ from: day, to: day });
      expect(daily.day).toBe(day);
      expect(daily.empty).toBe(false);
      expect(daily.metrics.summary).toEqual(metrics.summary);
      expect(daily.metrics.containment).toEqual(metrics.containment);
      expect(daily.metrics.handling).toEqual(metrics.handling);
      expect(daily.metrics.firstResponse).toEqual(metrics.firstResponse);
      expect(daily.metrics.followUps).toEqual(metrics.followUps);
    }
    // 2 April: chats 5 (3, NPS 7) and 8 (1, NPS 3) rated; the worst first.
    const second = await supervisor.reports.daily({ day: "2026-04-02" });
    expect(second.worst.map((w) => [w.score, w.npsScore])).toEqual([
      [1, 3],
      [3, 7],
    ]);
  });

  it("says so for a day without contacts, with no division by zero", async () => {
    const report = await getDailyReport(testDb.db, { day: "2025-01-15", now: NOW, slaSeconds: 60 });
    expect(report).toMatchObject({ empty: true, worst: [] });
    expect(report.metrics.summary).toMatchObject({ chats: 0, csi: null, nps: null, averageCes: null, fcr: null });
    const mail = dailyReportMail(report, "ru", createTranslator("ru"), "https://portal.test");
    expect(mail.body).toContain("В этот день не было ни одного обращения");
    expect(mail.body).not.toMatch(/NaN|Infinity/);
  });

  it("refuses a day that does not exist, and people other than supervisors and admins", async () => {
    const supervisor = callerAs(testDb.db, staffPrincipal(staff.elena));
    expect(await causeCode(supervisor.reports.daily({ day: "2026-02-30" }))).toBe("INVALID_INPUT");
    expect(await causeCode(callerAs(testDb.db, staffPrincipal(staff.anna)).reports.daily({}))).toBe("FORBIDDEN");
  });

  it("e-mails yesterday's report once each morning, after the hour, to supervisors who opted in", async () => {
    const optedIn = await createStaff(testDb.db, ["SUPERVISOR"]);
    const notOptedIn = await createStaff(testDb.db, ["SUPERVISOR"]);
    const english = await createStaff(testDb.db, ["ADMIN"]);
    await callerAs(testDb.db, staffPrincipal(optedIn)).reports.setDailyOptIn({ optIn: true });
    // The language they last chose in the portal is the e-mail's.
    await callerAs(testDb.db, staffPrincipal(english)).preferences.setLocale({ locale: "en" });
    await callerAs(testDb.db, staffPrincipal(english)).reports.setDailyOptIn({ optIn: true });
    expect(await callerAs(testDb.db, staffPrincipal(optedIn)).reports.dailyOptIn()).toBe(true);
    const options = (now: Date) => ({
      now,
      sendHour: 7,
      slaSeconds: 60,
      render: (report: Parameters<typeof dailyReportMail>[0], locale: Locale) =>
        dailyReportMail(report, locale, createTranslator(locale), "https://portal.test"),
    });
    // 06:30 MSK on 3 April: too early.
    expect(await sendDailyReportMail(testDb.db, options(new Date("2026-04-03T03:30:00Z")))).toBe(0);
    // 07:05 MSK: the report of 2 April goes out, once, only to those who opted in.
    expect(await sendDailyReportMail(testDb.db, options(new Date("2026-04-03T04:05:00Z")))).toBe(2);
    expect(await sendDailyReportMail(testDb.db, options(new Date("2026-04-03T04:10:00Z")))).toBe(0);
    const sent = await testDb.db.outboxMessage.findMany({
      where: { recipient: { in: [optedIn.email, notOptedIn.email] } },
    });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      recipient: optedIn.email,
      channel: "EMAIL",
      subject: expect.stringContaining("2 апреля"),
    });
    expect(sent[0]!.body).toContain("FCR");
    expect(sent[0]!.body).toContain("https://portal.test/admin/reports/daily?day=2026-04-02");
    expect(sent[0]!.body).toContain("Первый ответ");
    const inEnglish = await testDb.db.outboxMessage.findFirstOrThrow({ where: { recipient: english.email } });
    expect(inEnglish.subject).toBe("Quality report for 2 April 2026");
    expect(inEnglish.body).toContain("First response");
    expect(inEnglish.body).not.toMatch(/[а-яё]/i);
  });
});
