import type { Db } from "@/server/db-client";
import { OPERATORS_PRESENCE_CHANNEL } from "@/server/realtime/contract";
import type { ChatEvents } from "./chat-events";

const DEFAULT_HANDLING_SECONDS = 240;
const RECENT_CHATS = 50;

export interface QueueStatus {
  position: number;
  operatorsOnline: number | null;
  estimatedWaitSeconds: number | null;
}

/** Place in the queue and an estimate from recent handling times and who is online now. */
export async function getQueueStatus(
  db: Db,
  events: ChatEvents,
  chat: { id: string; queuedAt: Date | null },
): Promise<QueueStatus> {
  if (!chat.queuedAt) return { position: 0, operatorsOnline: null, estimatedWaitSeconds: null };
  const [ahead, operatorsOnline, recent, capacity] = await Promise.all([
    db.chat.count({ where: { state: "QUEUED", queuedAt: { lt: chat.queuedAt } } }),
    events.presenceCount(OPERATORS_PRESENCE_CHANNEL),
    db.chat.findMany({
      where: { assignedAt: { not: null }, closedAt: { not: null } },
      orderBy: { closedAt: "desc" },
      take: RECENT_CHATS,
      select: { assignedAt: true, closedAt: true },
    }),
    db.staffUser.findMany({ where: { isActive: true }, select: { roles: true, chatLimit: true } }),
  ]);
  const position = ahead + 1;
  if (!operatorsOnline) return { position, operatorsOnline, estimatedWaitSeconds: null };
  const handling = recent.length
    ? recent.reduce((sum, c) => sum + (c.closedAt!.getTime() - c.assignedAt!.getTime()) / 1000, 0) / recent.length
    : DEFAULT_HANDLING_SECONDS;
  const limits = capacity.filter((s) => s.roles.includes("OPERATOR")).map((s) => s.chatLimit);
  const averageLimit = limits.length ? limits.reduce((a, b) => a + b, 0) / limits.length : 4;
  const parallel = operatorsOnline * averageLimit;
  return {
    position,
    operatorsOnline,
    estimatedWaitSeconds: Math.round((Math.ceil(position / parallel) * handling) / 2),
  };
}
