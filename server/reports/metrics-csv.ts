// The report's sections as CSV rows: raw figures (seconds, percentages), headers in the reader's language.
import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import type { MetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { csvDialect, toCsv, type CsvCell } from "./csv";

export const CSV_SECTIONS = ["summary", "daily", "channels", "operators"] as const;
export type CsvSection = (typeof CSV_SECTIONS)[number];

export function isCsvSection(value: string | null): value is CsvSection {
  return (CSV_SECTIONS as readonly string[]).includes(value ?? "");
}

const percent = (share: number | null) => (share === null ? null : share * 100);

function summaryRows(report: MetricsReport, t: Translate): CsvCell[][] {
  const { summary, firstResponse, handling, containment, period, reviewFunnel, followUps } = report;
  const rows: Array<[Parameters<Translate>[0], CsvCell]> = [
    ["metrics.periodFrom", period.from],
    ["metrics.periodTo", period.to],
    ["metrics.slaSeconds", period.slaSeconds],
    ["metrics.chats", summary.chats],
    ["metrics.escalated", summary.escalated],
    ["metrics.missed", summary.missed],
    ["metrics.missedSharePercent", percent(summary.missedShare)],
    ["metrics.rated", summary.rated],
    ["metrics.averageScore", summary.averageScore],
    ["metrics.csiPercent", percent(summary.csi)],
    ["metrics.csatPercent", percent(summary.csat)],
    ["metrics.nps", summary.nps],
    ["metrics.averageCes", summary.averageCes],
    ["metrics.cesEasyPercent", percent(summary.cesEasy)],
    ["metrics.fcrPercent", percent(summary.fcr)],
    ["metrics.averageFirstResponseSeconds", firstResponse.averageSeconds],
    ["metrics.p90FirstResponseSeconds", firstResponse.p90Seconds],
    ["metrics.averageHandlingSeconds", handling.averageSeconds],
    ["metrics.p90HandlingSeconds", handling.p90Seconds],
    ["metrics.helpSessions", containment.sessions],
    ["metrics.containedSessions", containment.contained],
    ["metrics.containmentPercent", percent(containment.share)],
    ["metrics.reviewInvited", reviewFunnel.invited],
    ["metrics.reviewClicked", reviewFunnel.clicked],
    ["metrics.reviewClickPercent", percent(reviewFunnel.clickShare)],
    ["metrics.followUpsRaised", followUps.raised],
    ["metrics.followUpsClosed", followUps.closed],
    ["metrics.followUpsOverdue", followUps.overdue],
    ["metrics.followUpsCompensated", followUps.compensated],
    ["metrics.compensationRub", followUps.compensationKopecks / 100],
  ];
  return [[t("metrics.metric"), t("metrics.value")], ...rows.map(([key, value]) => [t(key), value])];
}

function dailyRows(report: MetricsReport, t: Translate): CsvCell[][] {
  return [
    [
      t("metrics.day"),
      t("metrics.chats"),
      t("metrics.escalated"),
      t("metrics.csatPercent"),
      t("metrics.averageCes"),
      t("metrics.fcrPercent"),
    ],
    ...report.daily.map((d) => [d.day, d.chats, d.escalated, percent(d.csat), d.averageCes, percent(d.fcr)]),
  ];
}

/** Each channel, then each kind, in words (Telegram, the website, sales), never its code. */
function channelRows(report: MetricsReport, t: Translate): CsvCell[][] {
  return [
    [
      t("metrics.channelOrKind"),
      t("metrics.chats"),
      t("metrics.escalated"),
      t("metrics.csatPercent"),
      t("metrics.averageCes"),
      t("metrics.fcrPercent"),
    ],
    ...[
      ...report.byChannel.map((c) => ({ ...c, name: t(`metrics.channel${c.key}`) })),
      ...report.byKind.map((k) => ({ ...k, name: t(`metrics.kind${k.key}`) })),
    ].map((r) => [r.name, r.chats, r.escalated, percent(r.csat), r.averageCes, percent(r.fcr)]),
  ];
}

function operatorRows(report: MetricsReport, t: Translate): CsvCell[][] {
  return [
    [
      t("metrics.operator"),
      t("metrics.chats"),
      t("metrics.rated"),
      t("metrics.averageScore"),
      t("metrics.csatPercent"),
      t("metrics.averageCes"),
      t("metrics.fcrPercent"),
      t("metrics.averageFirstResponseSeconds"),
      t("metrics.averageHandlingSeconds"),
      t("metrics.missed"),
    ],
    ...report.perOperator.map((o) => [
      o.fullName,
      o.chats,
      o.rated,
      o.averageScore,
      percent(o.csat),
      o.averageCes,
      percent(o.fcr),
      o.averageFirstResponseSeconds,
      o.averageHandlingSeconds,
      o.missed,
    ]),
  ];
}

const builders: Record<CsvSection, (report: MetricsReport, t: Translate) => CsvCell[][]> = {
  summary: summaryRows,
  daily: dailyRows,
  channels: channelRows,
  operators: operatorRows,
};

export function metricsCsv(report: MetricsReport, section: CsvSection, locale: Locale, t: Translate): string {
  return toCsv(builders[section](report, t), csvDialect(locale));
}

export function metricsCsvFileName(report: MetricsReport, section: CsvSection): string {
  return `metrics-${section}-${report.period.from}-${report.period.to}.csv`;
}
