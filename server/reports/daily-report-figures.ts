// The daily report's figures in one list, read by the page and the e-mail alike, in the reader's language.
import type { Locale } from "@/i18n/locales";
import type { MessageKey, Translate } from "@/i18n/translator";
import { metricFormat } from "@/i18n/metric-format";
import type { DailyReport } from "@/server/domain/reports/daily-report";

export interface Figure {
  id: string;
  label: MessageKey;
  value: string;
}

/**
 * Contacts, containment, CSI, CSAT, NPS, CES, FCR, first response avg/p90, missed share, handling, the day's
 * follow-ups past due: all from the metrics page's report for the day, so the two never disagree.
 */
export function dailyFigures(report: DailyReport, locale: Locale, t: Translate): Figure[] {
  const f = metricFormat(locale, t);
  const { summary, containment, firstResponse, handling } = report.metrics;
  return [
    { id: "chats", label: "metrics.chats", value: f.count(summary.chats) },
    { id: "containment", label: "metrics.containment", value: f.share(containment.share) },
    { id: "csi", label: "metrics.csi", value: f.share(summary.csi) },
    { id: "csat", label: "metrics.csat", value: f.share(summary.csat) },
    { id: "nps", label: "metrics.nps", value: f.nps(summary.nps) },
    { id: "ces", label: "metrics.averageCes", value: f.score(summary.averageCes) },
    { id: "ces-easy", label: "metrics.cesEasyPercent", value: f.share(summary.cesEasy) },
    { id: "fcr", label: "metrics.fcr", value: f.share(summary.fcr) },
    { id: "first-response", label: "metrics.averageFirstResponse", value: f.duration(firstResponse.averageSeconds) },
    { id: "first-response-p90", label: "reports.firstResponseP90", value: f.duration(firstResponse.p90Seconds) },
    { id: "missed", label: "metrics.missedSharePercent", value: f.share(summary.missedShare) },
    { id: "handling", label: "metrics.averageHandling", value: f.duration(handling.averageSeconds) },
    { id: "overdue", label: "reports.dayOverdueFollowUps", value: f.count(report.metrics.followUps.overdue) },
  ];
}

/** The morning e-mail: the day, the figures as lines (or that the day was empty), the worst chats with links. */
export function dailyReportMail(report: DailyReport, locale: Locale, t: Translate, siteUrl: string) {
  const f = metricFormat(locale, t);
  const day = f.day(report.day, "long");
  const lines = report.empty
    ? [t("reports.empty")]
    : [
        ...dailyFigures(report, locale, t).map((figure) => `${t(figure.label)}: ${figure.value}`),
        t("reports.overdueNow", { count: report.overdueFollowUps }),
        "",
        t("reports.worstTitle"),
        ...report.worst.map(
          (w) =>
            `${t("reports.worstLine", { score: w.score, nps: w.npsScore ?? "—" })}${w.followUpId ? ` ${siteUrl}/admin/follow-ups/${w.followUpId}` : ""}`,
        ),
      ];
  return {
    subject: t("reports.mailSubject", { day }),
    body: [t("reports.mailLead", { day }), "", ...lines, "", `${siteUrl}/admin/reports/daily?day=${report.day}`].join(
      "\n",
    ),
  };
}
