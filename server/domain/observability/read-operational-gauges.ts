import type { Db } from "@/server/db-client";

/** Figures an operations dashboard watches, counted by the database at the moment of asking. */
export interface OperationalGauges {
  /** Chats waiting for an operator (QUEUED). */
  queuedChats: number;
  /** Chats an operator is handling (ASSIGNED). */
  activeChats: number;
  /** Outbox messages not sent yet (PENDING, due now or waiting for a retry); FAILED ones gave up. */
  outboxBacklog: number;
  /** Active staff accounts whose workspace reports them ONLINE. */
  operatorsOnline: number;
}

/** One round trip; each count uses an index or a small table. */
export async function readOperationalGauges(db: Db): Promise<OperationalGauges> {
  const [row] = await db.$queryRaw<Array<Record<keyof OperationalGauges, number>>>`
    SELECT (SELECT COUNT(*) FROM "Chat" WHERE "state" = 'QUEUED')::int AS "queuedChats",
           (SELECT COUNT(*) FROM "Chat" WHERE "state" = 'ASSIGNED')::int AS "activeChats",
           (SELECT COUNT(*) FROM "OutboxMessage" WHERE "status" = 'PENDING')::int AS "outboxBacklog",
           (SELECT COUNT(*) FROM "StaffUser" WHERE "presence" = 'ONLINE' AND "isActive")::int AS "operatorsOnline"`;
  return {
    queuedChats: row?.queuedChats ?? 0,
    activeChats: row?.activeChats ?? 0,
    outboxBacklog: row?.outboxBacklog ?? 0,
    operatorsOnline: row?.operatorsOnline ?? 0,
  };
}
