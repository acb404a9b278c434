import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

const RECENT_LIMIT = 50;

/**
 * The latest outbox messages, for the development outbox page: in demo mode the person
 * running the demo reads recovery codes there. Outside demo mode it does not exist.
 */
export async function listRecentMessages(db: Db, opts: { demoMode: boolean }) {
  if (!opts.demoMode) throw new AppError("NOT_FOUND");
  return db.outboxMessage.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: RECENT_LIMIT,
    select: {
      id: true,
      channel: true,
      recipient: true,
      subject: true,
      body: true,
      status: true,
      attempts: true,
      createdAt: true,
      sentAt: true,
    },
  });
}

export type RecentOutboxMessage = Awaited<ReturnType<typeof listRecentMessages>>[number];
