// The ledger's filters live in the URL, so a filtered page can be reloaded, shared and paged without JavaScript.
import { LedgerEntryType } from "@/server/generated/prisma/enums";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface LedgerParams {
  type?: LedgerEntryType;
  from?: string;
  to?: string;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const TYPES = Object.values(LedgerEntryType) as string[];

/** Unknown types and junk page numbers fall back to the defaults; dates are checked by the domain. */
export function readLedgerParams(params: SearchParams): LedgerParams {
  const type = first(params.type);
  const page = Number.parseInt(first(params.page) ?? "", 10);
  const day = (value: string | undefined) => value?.trim().slice(0, 10) || undefined;
  return {
    type: type && TYPES.includes(type) ? (type as LedgerEntryType) : undefined,
    from: day(first(params.from)),
    to: day(first(params.to)),
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), 10_000) : 1,
  };
}

export function ledgerHref(params: LedgerParams): string {
  const query = new URLSearchParams();
  if (params.type) query.set("type", params.type);
  if (params.from) query.set("from", params.from);
  if (params.to) query.set("to", params.to);
  if (params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return `/account/payments${text ? `?${text}` : ""}#ledger`;
}
