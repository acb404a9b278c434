import type { Db } from "@/server/db-client";
import type { OperatorPresence } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { OPERATOR_QUEUE_CHANNEL } from "@/server/realtime/contract";
import type { ChatEvents } from "../chat-events";

/**
 * The workspace reports the operator's chosen status on open and every few seconds after
 * (a heartbeat); the dispatcher turns a silent ONLINE operator AWAY after a grace period,
 * so a closed laptop stops receiving chats without anyone pressing a button.
 */
export async function reportOperatorPresence(
  db: Db,
  events: ChatEvents,
  input: { staffId: string; presence: OperatorPresence; now?: Date },
) {
  const now = input.now ?? new Date();
  const before = await db.staffUser.findUnique({
    where: { id: input.staffId },
    select: { presence: true, roles: true },
  });
  if (!before?.roles.includes("OPERATOR")) throw new AppError("FORBIDDEN");
  await db.staffUser.update({ where: { id: input.staffId }, data: { presence: input.presence, presenceSeenAt: now } });
  if (before.presence !== input.presence)
    await events.publish(OPERATOR_QUEUE_CHANNEL, "presence-changed", {
      staffId: input.staffId,
      presence: input.presence,
    });
  return { presence: input.presence };
}

export async function markSilentOperatorsAway(
  db: Db,
  events: ChatEvents,
  settings: { awayAfterSeconds: number; now?: Date },
) {
  const cutoff = new Date((settings.now ?? new Date()).getTime() - settings.awayAfterSeconds * 1000);
  const silent = await db.staffUser.findMany({
    where: { presence: "ONLINE", OR: [{ presenceSeenAt: null }, { presenceSeenAt: { lt: cutoff } }] },
    select: { id: true },
  });
  if (silent.length === 0) return 0;
  const moved = await db.staffUser.updateMany({
    where: {
      id: { in: silent.map((s) => s.id) },
      presence: "ONLINE",
      OR: [{ presenceSeenAt: null }, { presenceSeenAt: { lt: cutoff } }],
    },
    data: { presence: "AWAY" },
  });
  await Promise.all(
    silent.map((s) => events.publish(OPERATOR_QUEUE_CHANNEL, "presence-changed", { staffId: s.id, presence: "AWAY" })),
  );
  return moved.count;
}
