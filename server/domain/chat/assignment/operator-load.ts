import type { Prisma } from "@/server/generated/prisma/client";

type Tx = Prisma.TransactionClient;

/**
 * Locks the operator's row and counts their active chats. Every path that gives an
 * operator a chat (take, auto-assignment, transfer) goes through this lock, so parallel
 * assignments to one operator are serialized and the limit holds.
 */
export async function lockOperatorLoad(tx: Tx, staffId: string) {
  await tx.$queryRaw`SELECT "id" FROM "StaffUser" WHERE "id" = ${staffId} FOR UPDATE`;
  const operator = await tx.staffUser.findUnique({ where: { id: staffId } });
  if (!operator) return null;
  const active = await tx.chat.count({ where: { operatorId: staffId, state: "ASSIGNED" } });
  return { operator, active, hasRoom: operator.isActive && active < operator.chatLimit };
}
