import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

const RECENT_LIMIT = 50;

/**
 * The latest outbox messages, for the development outbox page: in demo mode the person
 * running the demo reads recovery codes there. Outside demo mode it does not exist.
 */
export async function listRecentMessages(db: Db, opts: { demoMode: boolean }) {
  if (!opts.demoMode) throw new AppError("NOT_FOUND");
  // Messenger replies have no SMS/e-mail channel and are read in the chat itself.
  const rows = await db.outboxMessage.findMany({
    where: { channel: { not: null } },
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
  return rows.map((row) => ({ ...row, channel: row.channel! }));
}

export type RecentOutboxMessage = Awaited<ReturnType<typeof listRecentMessages>>[number];
