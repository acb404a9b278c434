// The filters live in the URL, so a filtered list can be reloaded, shared and paged without JavaScript.
import {
  followUpReasons,
  followUpStatuses,
  type FollowUpReason,
  type FollowUpStatus,
} from "@/server/domain/follow-ups/follow-up-filters";

export type SearchParams = Record<string, string | string[] | undefined>;

export interface FollowUpParams {
  status: FollowUpStatus;
  reason?: FollowUpReason;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends string>(options: readonly T[], value: string | undefined): T | undefined =>
  options.find((option) => option === value);

/** Unknown values and junk page numbers fall back to the defaults: open, any reason, page 1. */
export function readFollowUpParams(params: SearchParams): FollowUpParams {
  const page = Number.parseInt(first(params.page) ?? "", 10);
  return {
    status: oneOf(followUpStatuses, first(params.status)) ?? "open",
    reason: oneOf(followUpReasons, first(params.reason)),
    page: Number.isFinite(page) ? Math.min(Math.max(page, 1), 10_000) : 1,
  };
}

export function followUpsHref(params: FollowUpParams): string {
  const query = new URLSearchParams();
  if (params.status !== "open") query.set("status", params.status);
  if (params.reason) query.set("reason", params.reason);
  if (params.page > 1) query.set("page", String(params.page));
  const text = query.toString();
  return `/admin/follow-ups${text ? `?${text}` : ""}`;
}
