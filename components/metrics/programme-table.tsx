import type { MetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { getTranslator } from "@/i18n/server";
import { metricFormat } from "@/i18n/metric-format";

/** Review invitations (invited → clicked, per platform) and follow-ups of the period, as label–value rows. */
export async function ProgrammeTable({ report }: { report: MetricsReport }) {
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const { reviewFunnel: funnel, followUps } = report;
  const rows: Array<[string, string, string]> = [
    ["invited", t("metrics.reviewInvited"), f.count(funnel.invited)],
    ["clicked", t("metrics.reviewClicked"), f.count(funnel.clicked)],
    ["click-share", t("metrics.reviewClickPercent"), f.share(funnel.clickShare)],
    ...funnel.platforms.map((p): [string, string, string] => [
      `platform-${p.id}`,
      t("metrics.reviewPlatformClicks", { platform: p.name }),
      f.count(p.clicks),
    ]),
    ["follow-ups-raised", t("metrics.followUpsRaised"), f.count(followUps.raised)],
    ["follow-ups-closed", t("metrics.followUpsClosed"), f.count(followUps.closed)],
    ["follow-ups-overdue", t("metrics.followUpsOverdue"), f.count(followUps.overdue)],
    ["follow-ups-compensated", t("metrics.followUpsCompensated"), f.count(followUps.compensated)],
    ["compensation", t("metrics.compensationRub"), f.score(followUps.compensationKopecks / 100)],
  ];
  return (
    <>
      {funnel.platforms.length === 0 && <p className="mt-2 text-sm text-muted">{t("metrics.noPlatforms")}</p>}
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="metrics-programme">
        {rows.map(([id, label, value]) => (
          <div
            key={id}
            className="flex justify-between gap-3 border-b border-line-soft py-1"
            data-testid={`programme-${id}`}
          >
            <dt className="text-muted">{label}</dt>
            <dd className="font-medium">{value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
