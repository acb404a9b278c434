import { getDb } from "@/server/db";
import { getTranslator } from "@/i18n/server";
import { answerErrors, errorResponse } from "@/server/http/error-response";
import { csvDownload } from "@/server/http/download";
import { staffForRoute } from "@/server/http/staff-route";
import { BANNER_EDITOR_ROLES } from "@/server/domain/banners/banner-editor";
import { bannerFunnelRange, getBannerFunnel } from "@/server/domain/banners/banner-funnel";
import { readFunnelParams } from "@/components/banners/funnel-params";
import { funnelCsv, funnelCsvFileName } from "@/server/reports/funnel-csv";

export const dynamic = "force-dynamic";

/** One banner's funnel for a period as a CSV download, for marketers and administrators. */
export async function GET(request: Request) {
  const staff = await staffForRoute(BANNER_EDITOR_ROLES);
  if (staff instanceof Response) return staff;

  const { bannerId, ...period } = readFunnelParams(Object.fromEntries(new URL(request.url).searchParams));
  if (!bannerId) return errorResponse("INVALID_INPUT", { field: "banner" });
  // A bad period (INVALID_INPUT with the field and the problem) and an unknown banner (NOT_FOUND) are the domain's refusals.
  return answerErrors("banner funnel export failed", async () => {
    const funnel = await getBannerFunnel(getDb(), bannerId, bannerFunnelRange(period, new Date()));
    const { locale, t } = await getTranslator();
    return csvDownload(funnelCsv(funnel, locale, t), funnelCsvFileName(funnel));
  });
}
