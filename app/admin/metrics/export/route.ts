import { getDb } from "@/server/db";
import { env } from "@/server/env.mjs";
import { getTranslator } from "@/i18n/server";
import { csvDownload, staffForRoute } from "@/server/http/staff-route";
import { getMetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { metricsPeriodProblem, metricsRange } from "@/server/domain/metrics/metrics-range";
import { readMetricsPeriod } from "@/components/metrics/metrics-params";
import { isCsvSection, metricsCsv, metricsCsvFileName } from "@/components/metrics/metrics-csv";

export const dynamic = "force-dynamic";

/** One section of the quality report as a CSV download, for supervisors and administrators. */
export async function GET(request: Request) {
  const staff = await staffForRoute(["SUPERVISOR", "ADMIN"]);
  if (staff instanceof Response) return staff;

  const params = new URL(request.url).searchParams;
  const section = params.get("section");
  if (!isCsvSection(section)) return Response.json({ error: "INVALID_INPUT", field: "section" }, { status: 400 });
  const period = readMetricsPeriod(Object.fromEntries(params));
  const now = new Date();
  const wrong = metricsPeriodProblem(period, now);
  if (wrong) return Response.json({ error: "INVALID_INPUT", ...wrong }, { status: 400 });

  const report = await getMetricsReport(getDb(), metricsRange(period, { slaSeconds: env().CHAT_RESPONSE_SLA_SECONDS, now }));
  const { locale, t } = await getTranslator();
  return csvDownload(metricsCsv(report, section, locale, t), metricsCsvFileName(report, section));
}
