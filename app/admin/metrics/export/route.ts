import { getDb } from "@/server/db";
import { env } from "@/server/env.mjs";
import { getTranslator } from "@/i18n/server";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { csvDownload } from "@/server/http/download";
import { staffForRoute } from "@/server/http/staff-route";
import { getMetricsReport } from "@/server/domain/metrics/get-metrics-report";
import { metricsRange } from "@/server/domain/metrics/metrics-range";
import { readMetricsPeriod } from "@/components/metrics/metrics-params";
import { isCsvSection, metricsCsv, metricsCsvFileName } from "@/server/reports/metrics-csv";

export const dynamic = "force-dynamic";

/** One section of the quality report as a CSV download, for supervisors and administrators. */
export async function GET(request: Request) {
  const staff = await staffForRoute(["SUPERVISOR", "ADMIN"]);
  if (staff instanceof Response) return staff;

  const params = new URL(request.url).searchParams;
  const section = params.get("section");
  if (!isCsvSection(section)) return errorResponse("INVALID_INPUT", { field: "section" });
  // A bad period is the domain's refusal: INVALID_INPUT with the field and the problem.
  return answerErrors("metrics export failed", async () => {
    const range = metricsRange(readMetricsPeriod(Object.fromEntries(params)), {
      slaSeconds: env().CHAT_RESPONSE_SLA_SECONDS,
      now: new Date(),
    });
    const report = await getMetricsReport(getDb(), range);
    const { locale, t } = await getTranslator();
    return csvDownload(metricsCsv(report, section, locale, t), metricsCsvFileName(report, section));
  });
}
