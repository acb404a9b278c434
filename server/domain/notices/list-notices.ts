import type { Db } from "@/server/db-client";

const NOTICES_SHOWN = 50;

/** The subscriber's latest notices, newest first, and how many are unread. */
export async function listNotices(db: Db, accountId: string) {
  const [notices, unread] = await Promise.all([
    db.notice.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: NOTICES_SHOWN,
      select: { id: true, kind: true, params: true, createdAt: true, readAt: true },
    }),
    countUnreadNotices(db, accountId),
  ]);
  return { notices, unread };
}

export function countUnreadNotices(db: Db, accountId: string): Promise<number> {
  return db.notice.count({ where: { accountId, readAt: null } });
}

/** Marks every unread notice read (the subscriber has seen the list). */
export async function markNoticesRead(db: Db, accountId: string, now: Date): Promise<{ marked: number }> {
  const { count } = await db.notice.updateMany({ where: { accountId, readAt: null }, data: { readAt: now } });
  return { marked: count };
}
