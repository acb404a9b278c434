import type { MetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";
import { cardClasses } from "@/components/ui/card";

/** The headline figures, each with what it is counted from. */
export async function SummaryCards({ report }: { report: MetricsReport }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const { summary, firstResponse, handling, containment } = report;
  const cards = [
    {
      id: "chats",
      title: t("metrics.chats"),
      value: f.count(summary.chats),
      note: `${t("metrics.escalated")}: ${f.count(summary.escalated)}`,
    },
    {
      id: "missed",
      title: t("metrics.missed"),
      value: f.share(summary.missedShare),
      note: t("metrics.missedOf", { missed: summary.missed, escalated: summary.escalated }),
    },
    {
      id: "csi",
      title: t("metrics.csi"),
      value: f.share(summary.csi),
      note: t("metrics.ratedOf", { rated: summary.rated, average: f.score(summary.averageScore) }),
    },
    {
      id: "csat",
      title: t("metrics.csat"),
      value: f.share(summary.csat),
      note: t("metrics.ratedOf", { rated: summary.rated, average: f.score(summary.averageScore) }),
    },
    {
      id: "nps",
      title: t("metrics.nps"),
      value: f.nps(summary.nps),
      note: t("metrics.npsOf", { count: summary.npsAnswers }),
    },
    {
      id: "ces",
      title: t("metrics.ces"),
      value: f.share(summary.cesEasy),
      note: t("metrics.cesOf", { average: f.score(summary.averageCes), count: summary.cesAnswers }),
    },
    {
      id: "fcr",
      title: t("metrics.fcr"),
      value: f.share(summary.fcr),
      note: t("metrics.fcrOf", { count: summary.fcrAnswers }),
    },
    {
      id: "first-response",
      title: t("metrics.firstResponse"),
      value: f.duration(firstResponse.averageSeconds),
      note: t("metrics.firstResponseNote", { p90: f.duration(firstResponse.p90Seconds) }),
    },
    {
      id: "handling",
      title: t("metrics.handling"),
      value: f.duration(handling.averageSeconds),
      note: t("metrics.handlingNote", { p90: f.duration(handling.p90Seconds) }),
    },
    {
      id: "containment",
      title: t("metrics.containment"),
      value: f.share(containment.share),
      note: t("metrics.containmentNote", { contained: containment.contained, sessions: containment.sessions }),
    },
  ];
  return (
    <ul className="grid grid-cols-1 gap-3 min-[400px]:grid-cols-2 lg:grid-cols-4">
      {cards.map((card) => (
        <li key={card.id} className={cardClasses({ padding: "sm" })} data-testid={`metric-${card.id}`}>
          <h3 className="text-sm font-medium text-muted">{card.title}</h3>
          <p className="mt-1 text-2xl font-bold">{card.value}</p>
          <p className="mt-1 text-xs text-muted">{card.note}</p>
        </li>
      ))}
    </ul>
  );
}
