import type { Db } from "@/server/db-client";
import { deliveryReason } from "./delivery-reason";
import { inboxView, type MessengerChannel } from "./inboxes";

/** Failed replies older than this no longer count as the inbox's current trouble. */
const FAILED_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The inboxes as the channels page shows them: the token only as its hint, the last webhook, the last error as a
 * reason read in words, and the outbox backlog (replies waiting to leave, replies that failed in the last day).
 */
export async function listInboxes(db: Db, now = new Date()) {
  const since = new Date(now.getTime() - FAILED_WINDOW_MS);
  const [inboxes, pending, failed] = await Promise.all([
    db.inbox.findMany({ orderBy: { createdAt: "asc" }, select: inboxView }),
    db.outboxMessage.groupBy({
      by: ["inboxId"],
      where: { inboxId: { not: null }, status: "PENDING" },
      _count: { _all: true },
    }),
    db.outboxMessage.groupBy({
      by: ["inboxId"],
      where: { inboxId: { not: null }, status: "FAILED", createdAt: { gte: since } },
      _count: { _all: true },
    }),
  ]);
  const countOf = (rows: typeof pending, inboxId: string) => rows.find((r) => r.inboxId === inboxId)?._count._all ?? 0;
  return inboxes.map(({ lastError, ...inbox }) => ({
    ...inbox,
    channel: inbox.channel as MessengerChannel,
    lastErrorReason: deliveryReason(lastError),
    backlog: { pending: countOf(pending, inbox.id), failed: countOf(failed, inbox.id) },
  }));
}

export type InboxListItem = Awaited<ReturnType<typeof listInboxes>>[number];
