import type { Db } from "@/server/db-client";
import { Prisma, type Chat, type ChatMessage } from "@/server/generated/prisma/client";
import { announceChatState, announceMessage, type ChatEvents } from "../chat-events";
import { toMessageView } from "../message-view";
import { assignQueuedChat } from "./assign-chat";
import { lockOperatorLoad } from "./operator-load";

export interface DispatchSettings {
  /** Operators silent longer than this are not given chats even if still marked online. */
  awayAfterSeconds: number;
  now?: Date;
}

/** How many waiting chats one pass looks at: enough for any queue an operator team can see. */
const LOOKAHEAD = 50;

/**
 * Auto-assignment: the longest-waiting chat goes to the online operator with the fewest
 * active chats below their limit (sales chats to operators with the sales skill first;
 * never back to an operator who let it pass the SLA). Repeats until no chat or no operator
 * is left. Safe to run from several processes at once: the operator lock serializes
 * assignments per operator, and a chat moves only from QUEUED.
 */
export async function dispatchWaitingChats(db: Db, events: ChatEvents, settings: DispatchSettings) {
  const assigned: Array<{ chat: Chat; message: ChatMessage }> = [];
  for (;;) {
    const now = settings.now ?? new Date();
    const next = await assignLongestWaiting(db, now, new Date(now.getTime() - settings.awayAfterSeconds * 1000));
    if (!next) break;
    assigned.push(next);
    await announceMessage(events, toMessageView(next.message));
    await announceChatState(events, next.chat);
  }
  return assigned.map((a) => a.chat);
}

async function assignLongestWaiting(db: Db, now: Date, seenAfter: Date) {
  // The common case (nobody free) costs one query, not one per waiting chat.
  if (!(await anyOperatorWithRoom(db, seenAfter))) return null;
  const waiting = await db.chat.findMany({
    where: { state: "QUEUED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take: LOOKAHEAD,
    select: { id: true },
  });
  for (const chat of waiting) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const candidate = await pickOperatorFor(db, chat.id, seenAfter);
      if (!candidate) break; // nobody can take this chat: try the next one
      const result = await db.$transaction(
        async (tx) => {
          const load = await lockOperatorLoad(tx, candidate);
          if (!load?.hasRoom) return "operator-full" as const;
          return (await assignQueuedChat(tx, chat.id, load.operator, now)) ?? ("chat-gone" as const);
        },
        { maxWait: 20_000, timeout: 20_000 },
      );
      if (result === "chat-gone") break;
      if (result !== "operator-full") return result;
      // Someone else filled that operator between the pick and the lock: pick again.
    }
  }
  return null;
}

/** Who may get a chat at all: an active operator, online, heard from recently. Alias s = StaffUser. */
const eligibleOperator = (seenAfter: Date) =>
  Prisma.sql`s."isActive" AND s."presence" = 'ONLINE' AND s."presenceSeenAt" >= ${seenAfter} AND 'OPERATOR' = ANY(s."roles")`;

async function anyOperatorWithRoom(db: Db, seenAfter: Date): Promise<boolean> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT s."id" FROM "StaffUser" s
    LEFT JOIN "Chat" a ON a."operatorId" = s."id" AND a."state" = 'ASSIGNED'
    WHERE ${eligibleOperator(seenAfter)}
    GROUP BY s."id" HAVING COUNT(a."id") < s."chatLimit" LIMIT 1`;
  return rows.length > 0;
}

/** The best operator for a chat right now, or null. Computed in one query; re-checked under the lock. */
async function pickOperatorFor(db: Db, chatId: string, seenAfter: Date): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT s."id"
    FROM "StaffUser" s
    JOIN "Chat" c ON c."id" = ${chatId}
    LEFT JOIN "Chat" a ON a."operatorId" = s."id" AND a."state" = 'ASSIGNED'
    WHERE ${eligibleOperator(seenAfter)} AND NOT (s."id" = ANY(c."passedOverIds"))
    GROUP BY s."id", c."kind"
    HAVING COUNT(a."id") < s."chatLimit"
    ORDER BY CASE WHEN c."kind" = 'SALES' AND 'sales' = ANY(s."skills") THEN 0 ELSE 1 END,
      COUNT(a."id"), MAX(a."operatorSince") NULLS FIRST, s."id"
    LIMIT 1`;
  return rows[0]?.id ?? null;
}
