import type { Metadata } from "next";
import { BarChart } from "@/components/metrics/bar-chart";
import { BreakdownTable } from "@/components/metrics/breakdown-table";
import { metricFormat } from "@/i18n/metric-format";
import { MetricsFilter } from "@/components/metrics/metrics-filter";
import { CSV_SECTIONS } from "@/server/reports/metrics-csv";
import { metricsExportHref, readMetricsPeriod } from "@/components/metrics/metrics-params";
import { OperatorTable } from "@/components/metrics/operator-table";
import { ProgrammeTable } from "@/components/metrics/programme-table";
import { DayTable, HourTable } from "@/components/metrics/series-tables";
import { SummaryCards } from "@/components/metrics/summary-cards";
import type { SearchParams } from "@/components/payments/ledger-params";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { metricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("metrics.title") };
}

const card = cardClasses();

/** Quality metrics for supervisors: the period in the URL, figures from the database, CSV export. */
export default async function MetricsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffWithRole("/admin/metrics", ["SUPERVISOR", "ADMIN"]);
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const asked = readMetricsPeriod(await searchParams);
  // A bad period is explained next to the form; the default period is shown meanwhile.
  const problem = metricsPeriodProblem(asked, new Date());
  const report = await (await createServerCaller()).metrics.report(problem ? {} : asked);
  const { period } = report;

  return (
    <ClientMessages namespaces={["metrics"]}>
      <div className="space-y-6">
        <header>
          <h1 className="text-title">{t("metrics.title")}</h1>
          <p className="mt-1 text-sm text-muted" data-testid="metrics-period">
            {t("metrics.lead", {
              from: f.day(period.from, "long"),
              to: f.day(period.to, "long"),
              sla: period.slaSeconds,
            })}
          </p>
        </header>
        <MetricsFilter
          days={problem ? { from: asked.from ?? period.from, to: asked.to ?? period.to } : period}
          problem={problem}
        />
        <section aria-labelledby="metrics-summary-title">
          <h2 id="metrics-summary-title" className="sr-only">
            {t("metrics.summaryTitle")}
          </h2>
          <SummaryCards report={report} />
        </section>
        <div className="grid gap-4 lg:grid-cols-2">
          <section aria-labelledby="metrics-daily-title" className={card}>
            <h2 id="metrics-daily-title" className="text-heading">
              {t("metrics.dailyTitle")}
            </h2>
            <BarChart
              label={t("metrics.dailyLabel")}
              testId="metrics-daily-chart"
              bars={report.daily.map((d) => ({
                key: d.day,
                axisLabel: f.day(d.day),
                name: f.day(d.day, "long"),
                value: d.chats,
              }))}
            >
              <DayTable days={report.daily} />
            </BarChart>
          </section>
          <section aria-labelledby="metrics-hours-title" className={card}>
            <h2 id="metrics-hours-title" className="text-heading">
              {t("metrics.byHourTitle")}
            </h2>
            <BarChart
              label={t("metrics.byHourLabel")}
              testId="metrics-hours-chart"
              bars={report.byHour.map((h) => ({
                key: String(h.hour),
                axisLabel: String(h.hour),
                name: `${String(h.hour).padStart(2, "0")}:00`,
                value: h.chats,
              }))}
            >
              <HourTable hours={report.byHour} />
            </BarChart>
          </section>
        </div>
        <section aria-labelledby="metrics-breakdown-title" className={card}>
          <h2 id="metrics-breakdown-title" className="text-heading">
            {t("metrics.breakdownTitle")}
          </h2>
          {/* One above the other: with effort and resolution beside the ratings, two side by side no longer fit. */}
          <div className="mt-3 grid gap-6">
            <BreakdownTable rows={report.byKind} heading="metrics.kind" labelOf={(kind) => `metrics.kind${kind}`} />
            <BreakdownTable
              rows={report.byChannel}
              heading="metrics.channel"
              labelOf={(channel) => `metrics.channel${channel}`}
            />
          </div>
        </section>
        <section aria-labelledby="metrics-operators-title" className={card}>
          <h2 id="metrics-operators-title" className="text-heading">
            {t("metrics.operatorsTitle")}
          </h2>
          <OperatorTable operators={report.perOperator} />
        </section>
        <section aria-labelledby="metrics-programme-title" className={card}>
          <h2 id="metrics-programme-title" className="text-heading">
            {t("metrics.programmeTitle")}
          </h2>
          <ProgrammeTable report={report} />
        </section>
        <section aria-labelledby="metrics-export-title" className={card}>
          <h2 id="metrics-export-title" className="text-heading">
            {t("metrics.exportTitle")}
          </h2>
          <ul className="mt-2 flex flex-wrap gap-x-6 gap-y-2 text-sm">
            {CSV_SECTIONS.map((section) => (
              <li key={section}>
                <a href={metricsExportHref(period, section)} download className="text-brand-ink hover:underline">
                  {t(`metrics.export${section}`)} (CSV)
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </ClientMessages>
  );
}
