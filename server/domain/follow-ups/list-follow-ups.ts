import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ChatKind } from "@/server/generated/prisma/enums";
import type { FollowUpOutcome, FollowUpReason, FollowUpState, FollowUpStatus } from "./follow-up-filters";

export const FOLLOW_UPS_PAGE_SIZE = 25;

export interface FollowUpQuery {
  status: FollowUpStatus;
  reason?: FollowUpReason;
  page: number;
  now?: Date;
}

export interface FollowUpView {
  id: string;
  reason: FollowUpReason;
  state: FollowUpState;
  createdAt: Date;
  dueAt: Date | null;
  /** Still open past its due time, or closed after it. */
  overdue: boolean;
  takenByName: string | null;
  outcome: FollowUpOutcome | null;
  /** Roubles credited by the ledger adjustment of a compensation. */
  compensationRub: number | null;
  notifiedAt: Date | null;
  /** The chat followed up, or null for a self-service contact. */
  chat: { id: string; kind: ChatKind; topic: string | null } | null;
  /** The self-service action that failed and then succeeded, for a self-service contact's survey. */
  selfService: { action: string; errorCode: string | null; page: string | null; at: Date } | null;
  /** A signed-in subscriber's account, or null for a visitor. */
  subscriber: { accountNumber: string; fullName: string } | null;
  visitor: { name: string | null; phone: string | null } | null;
  rating: {
    score: number | null;
    npsScore: number | null;
    cesScore: number | null;
    resolved: boolean | null;
    comment: string | null;
  } | null;
  operatorName: string | null;
  resolution: { at: Date; byName: string | null; comment: string | null } | null;
}

const ratingSelect = { score: true, npsScore: true, cesScore: true, resolved: true, comment: true } as const;

export const followUpSelect = {
  id: true,
  reason: true,
  state: true,
  createdAt: true,
  dueAt: true,
  outcome: true,
  notifiedAt: true,
  takenBy: { select: { fullName: true } },
  ledgerEntry: { select: { amount: true } },
  resolvedAt: true,
  comment: true,
  resolvedBy: { select: { fullName: true } },
  chat: {
    select: {
      id: true,
      kind: true,
      topic: true,
      visitorName: true,
      visitorPhone: true,
      account: { select: { accountNumber: true, fullName: true } },
      operator: { select: { fullName: true } },
      rating: { select: ratingSelect },
    },
  },
  selfServiceContact: {
    select: {
      action: true,
      errorCode: true,
      page: true,
      createdAt: true,
      account: { select: { id: true, accountNumber: true, fullName: true } },
      rating: { select: ratingSelect },
    },
  },
} satisfies Prisma.FollowUpSelect;

type Row = Prisma.FollowUpGetPayload<{ select: typeof followUpSelect }>;

export function toFollowUpView(row: Row, now: Date): FollowUpView {
  const { chat, selfServiceContact: contact } = row;
  const account =
    chat?.account ?? (contact && { accountNumber: contact.account.accountNumber, fullName: contact.account.fullName });
  return {
    id: row.id,
    // Only the domain writes reasons, states and outcomes, and only these.
    reason: row.reason as FollowUpReason,
    state: row.state as FollowUpState,
    createdAt: row.createdAt,
    dueAt: row.dueAt,
    overdue: row.dueAt !== null && row.dueAt < (row.resolvedAt ?? now),
    takenByName: row.takenBy?.fullName ?? null,
    outcome: row.outcome as FollowUpOutcome | null,
    compensationRub: row.ledgerEntry ? row.ledgerEntry.amount / 100 : null,
    notifiedAt: row.notifiedAt,
    chat: chat && { id: chat.id, kind: chat.kind, topic: chat.topic },
    selfService: contact && {
      action: contact.action,
      errorCode: contact.errorCode,
      page: contact.page,
      at: contact.createdAt,
    },
    subscriber: account ?? null,
    visitor: account || !chat ? null : { name: chat.visitorName, phone: chat.visitorPhone },
    rating: chat?.rating ?? contact?.rating ?? null,
    operatorName: chat?.operator?.fullName ?? null,
    resolution: row.resolvedAt
      ? { at: row.resolvedAt, byName: row.resolvedBy?.fullName ?? null, comment: row.comment }
      : null,
  };
}

/** Still open past the due time. */
export const overdueWhere = (now: Date): Prisma.FollowUpWhereInput => ({ resolvedAt: null, dueAt: { lt: now } });

/** Low ratings and missed dialogs for supervisors to follow up on, newest first, one page at a time. */
export async function listFollowUps(db: Db, query: FollowUpQuery) {
  const now = query.now ?? new Date();
  const byStatus: Record<FollowUpStatus, Prisma.FollowUpWhereInput> = {
    open: { resolvedAt: null },
    overdue: overdueWhere(now),
    resolved: { resolvedAt: { not: null } },
    all: {},
  };
  const where: Prisma.FollowUpWhereInput = {
    ...byStatus[query.status],
    ...(query.reason ? { reason: query.reason } : {}),
  };
  const total = await db.followUp.count({ where });
  const overdue = await db.followUp.count({ where: overdueWhere(now) });
  const pages = Math.max(1, Math.ceil(total / FOLLOW_UPS_PAGE_SIZE));
  // A page past the end (an old link) shows the last page instead of nothing.
  const page = Math.min(Math.max(1, Math.trunc(query.page)), pages);
  const rows = await db.followUp.findMany({
    where,
    // The id breaks ties between follow-ups raised in the same millisecond, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FOLLOW_UPS_PAGE_SIZE,
    skip: (page - 1) * FOLLOW_UPS_PAGE_SIZE,
    select: followUpSelect,
  });
  return { items: rows.map((row) => toFollowUpView(row, now)), total, page, pages, overdue };
}

export type FollowUpPage = Awaited<ReturnType<typeof listFollowUps>>;
