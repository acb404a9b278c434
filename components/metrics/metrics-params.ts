// The report period lives in the URL (?from=&to=), so a report can be reloaded, shared and exported.
import type { SearchParams } from "@/components/payments/ledger-params";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Raw "from"/"to" as typed; an empty field means the default. The domain checks the dates. */
export function readMetricsPeriod(params: SearchParams): { from?: string; to?: string } {
  const day = (value: string | undefined) => value?.trim().slice(0, 32) || undefined;
  const from = day(first(params.from));
  const to = day(first(params.to));
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

export function metricsExportHref(period: { from: string; to: string }, section: string): string {
  return `/admin/metrics/export?${new URLSearchParams({ from: period.from, to: period.to, section }).toString()}`;
}
