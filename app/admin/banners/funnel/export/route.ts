import { getDb } from "@/server/db";
import { getTranslator } from "@/i18n/server";
import { problem } from "@/server/http/request-guard";
import { csvDownload, staffForRoute } from "@/server/http/staff-route";
import { isAppError } from "@/server/domain/errors";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { bannerFunnelRange, getBannerFunnel } from "@/server/domain/banners/banner-funnel";
import { metricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { readFunnelParams } from "@/components/banners/funnel-params";
import { funnelCsv, funnelCsvFileName } from "@/components/banners/funnel-csv";

export const dynamic = "force-dynamic";

/** One banner's funnel for a period as a CSV download, for marketers and administrators. */
export async function GET(request: Request) {
  const staff = await staffForRoute(BANNER_EDITOR_ROLES);
  if (staff instanceof Response) return staff;

  const { bannerId, ...period } = readFunnelParams(Object.fromEntries(new URL(request.url).searchParams));
  if (!bannerId) return Response.json({ error: "INVALID_INPUT", field: "banner" }, { status: 400 });
  const now = new Date();
  const wrong = metricsPeriodProblem(period, now);
  if (wrong) return Response.json({ error: "INVALID_INPUT", ...wrong }, { status: 400 });

  const funnel = await getBannerFunnel(getDb(), bannerId, bannerFunnelRange(period, now)).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") return null;
    throw error;
  });
  if (!funnel) return problem("NOT_FOUND", 404);
  const { locale, t } = await getTranslator();
  return csvDownload(funnelCsv(funnel, locale, t), funnelCsvFileName(funnel));
}
