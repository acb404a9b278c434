import type { Db } from "@/server/db-client";
import { env } from "@/server/env.mjs";
import { createTranslator } from "@/i18n/translator";
import { sendDailyReportMail } from "@/server/domain/reports/daily-report-mail";
import { dailyReportMail } from "@/server/reports/daily-report-figures";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** Checked every few minutes; the day's row makes it once a day whatever the number of instances. */
const INTERVAL_MS = 5 * 60_000;

export function dailyReportJob(getDb: () => Db): ProcessLoop {
  const settings = env();
  const siteUrl = settings.NEXTAUTH_URL ?? `http://localhost:${settings.PORT}`;
  return createProcessLoop({
    name: "reports.dailyMail",
    intervalMs: INTERVAL_MS,
    pass: () =>
      sendDailyReportMail(getDb(), {
        now: new Date(),
        sendHour: settings.DAILY_REPORT_HOUR,
        slaSeconds: settings.CHAT_RESPONSE_SLA_SECONDS,
        render: (report, locale) => dailyReportMail(report, locale, createTranslator(locale), siteUrl),
      }),
  });
}
