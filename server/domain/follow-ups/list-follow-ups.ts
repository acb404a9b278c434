import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";
import type { ChatKind } from "@/server/generated/prisma/enums";
import type { FollowUpReason, FollowUpStatus } from "./follow-up-filters";

export const FOLLOW_UPS_PAGE_SIZE = 25;

export interface FollowUpQuery {
  status: FollowUpStatus;
  reason?: FollowUpReason;
  page: number;
}

export interface FollowUpView {
  id: string;
  reason: FollowUpReason;
  createdAt: Date;
  chat: { id: string; kind: ChatKind; topic: string | null };
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

const select = {
  id: true,
  reason: true,
  createdAt: true,
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
      rating: { select: { score: true, npsScore: true, cesScore: true, resolved: true, comment: true } },
    },
  },
} satisfies Prisma.FollowUpSelect;

type Row = Prisma.FollowUpGetPayload<{ select: typeof select }>;

function toView(row: Row): FollowUpView {
  const { chat } = row;
  return {
    id: row.id,
    // Only the chat domain writes reasons, and only these two.
    reason: row.reason as FollowUpReason,
    createdAt: row.createdAt,
    chat: { id: chat.id, kind: chat.kind, topic: chat.topic },
    subscriber: chat.account,
    visitor: chat.account ? null : { name: chat.visitorName, phone: chat.visitorPhone },
    rating: chat.rating,
    operatorName: chat.operator?.fullName ?? null,
    resolution: row.resolvedAt
      ? { at: row.resolvedAt, byName: row.resolvedBy?.fullName ?? null, comment: row.comment }
      : null,
  };
}

/** Low ratings and missed dialogs for supervisors to follow up on, newest first, one page at a time. */
export async function listFollowUps(db: Db, query: FollowUpQuery) {
  const where: Prisma.FollowUpWhereInput = {
    ...(query.status === "open"
      ? { resolvedAt: null }
      : query.status === "resolved"
        ? { resolvedAt: { not: null } }
        : {}),
    ...(query.reason ? { reason: query.reason } : {}),
  };
  const total = await db.followUp.count({ where });
  const pages = Math.max(1, Math.ceil(total / FOLLOW_UPS_PAGE_SIZE));
  // A page past the end (an old link) shows the last page instead of nothing.
  const page = Math.min(Math.max(1, Math.trunc(query.page)), pages);
  const rows = await db.followUp.findMany({
    where,
    // The id breaks ties between follow-ups raised in the same millisecond, so pages never overlap.
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: FOLLOW_UPS_PAGE_SIZE,
    skip: (page - 1) * FOLLOW_UPS_PAGE_SIZE,
    select,
  });
  return { items: rows.map(toView), total, page, pages };
}

export type FollowUpPage = Awaited<ReturnType<typeof listFollowUps>>;
