import type { Db } from "@/server/db-client";
import type { StaffRole } from "@/server/generated/prisma/enums";
import { AppError } from "@/server/domain/errors";
import { listWaitingChats } from "../list-waiting-chats";

const supervises = (roles: StaffRole[]) => roles.some((r) => r === "SUPERVISOR" || r === "ADMIN");

/**
 * The workspace around the open chat: the queue, the operator's own chats as tabs (with
 * unread counts), every operator's status and load, and for supervisors every active chat.
 */
export async function getOperatorWorkspace(db: Db, staff: { staffId: string; roles: StaffRole[] }, now = new Date()) {
  const me = await db.staffUser.findUnique({
    where: { id: staff.staffId },
    select: { id: true, presence: true, chatLimit: true },
  });
  if (!me) throw new AppError("NOT_FOUND");
  const supervisor = supervises(staff.roles);
  const [queue, active, unread, operators] = await Promise.all([
    listWaitingChats(db, now),
    db.chat.findMany({
      where: { state: "ASSIGNED", ...(supervisor ? {} : { operatorId: me.id }) },
      orderBy: { operatorSince: "asc" },
      select: {
        id: true,
        kind: true,
        topic: true,
        lastSeq: true,
        operatorId: true,
        operatorSince: true,
        firstResponseAt: true,
        visitorName: true,
        account: { select: { fullName: true, accountNumber: true } },
        operator: { select: { fullName: true } },
      },
    }),
    db.chatMessage.groupBy({
      by: ["chatId"],
      where: {
        readAt: null,
        author: { in: ["SUBSCRIBER", "VISITOR"] },
        chat: { state: "ASSIGNED", operatorId: me.id },
      },
      _count: { _all: true },
    }),
    // Everyone sees colleagues (to transfer to); only supervisors get the board.
    listOperatorLoad(db),
  ]);
  const unreadByChat = new Map(unread.map((u) => [u.chatId, u._count._all]));
  const tabs = active.map((chat) => ({
    id: chat.id,
    kind: chat.kind,
    topic: chat.topic,
    lastSeq: chat.lastSeq,
    mine: chat.operatorId === me.id,
    operatorName: chat.operator?.fullName ?? null,
    answered: chat.firstResponseAt !== null,
    since: chat.operatorSince,
    unread: unreadByChat.get(chat.id) ?? 0,
    who: chat.account
      ? { fullName: chat.account.fullName, accountNumber: chat.account.accountNumber }
      : { visitorName: chat.visitorName },
  }));
  return {
    me: {
      ...me,
      canTake: staff.roles.includes("OPERATOR"),
      supervisor,
      activeCount: tabs.filter((t) => t.mine).length,
    },
    queue,
    myChats: tabs.filter((t) => t.mine),
    otherChats: supervisor ? tabs.filter((t) => !t.mine) : [],
    operators,
  };
}

async function listOperatorLoad(db: Db) {
  const operators = await db.staffUser.findMany({
    where: { isActive: true },
    select: { id: true, fullName: true, roles: true, presence: true, chatLimit: true, skills: true },
    orderBy: { fullName: "asc" },
  });
  const load = await db.chat.groupBy({
    by: ["operatorId"],
    where: { state: "ASSIGNED", operatorId: { not: null } },
    _count: { _all: true },
  });
  const active = new Map(load.map((l) => [l.operatorId, l._count._all]));
  return operators
    .filter((o) => o.roles.includes("OPERATOR"))
    .map((o) => ({
      id: o.id,
      fullName: o.fullName,
      presence: o.presence,
      chatLimit: o.chatLimit,
      skills: o.skills,
      active: active.get(o.id) ?? 0,
    }));
}
