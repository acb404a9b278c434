// The funnel's banner and period live in the URL (?banner=&from=&to=): reloadable, shareable, exportable.
import type { SearchParams } from "@/components/payments/ledger-params";
import { readMetricsPeriod } from "@/components/metrics/metrics-params";

export function readFunnelParams(params: SearchParams): { bannerId?: string; from?: string; to?: string } {
  const raw = Array.isArray(params.banner) ? params.banner[0] : params.banner;
  const bannerId = raw?.trim().slice(0, 64) || undefined;
  return { ...(bannerId ? { bannerId } : {}), ...readMetricsPeriod(params) };
}

export function funnelExportHref(bannerId: string, period: { from: string; to: string }): string {
  return `/admin/banners/funnel/export?${new URLSearchParams({ banner: bannerId, from: period.from, to: period.to }).toString()}`;
}
