import type { Db } from "@/server/db-client";
import { readChatContext } from "./chat-context";

/** The operator queue, longest-waiting first. */
export async function listWaitingChats(db: Db, now = new Date()) {
  const chats = await db.chat.findMany({
    where: { state: "QUEUED" },
    orderBy: { queuedAt: "asc" },
    take: 200,
    include: { account: { select: { fullName: true, accountNumber: true } } },
  });
  return chats.map((chat) => {
    const context = readChatContext(chat.context);
    return {
      id: chat.id,
      kind: chat.kind,
      channel: chat.channel,
      topic: chat.topic ?? context.bannerTopic ?? null,
      /** What failed before the chat, when it has no topic of its own: a code, named in words by the queue. */
      failedAction: context.failedAction ?? null,
      waitingSeconds: Math.max(0, Math.round((now.getTime() - (chat.queuedAt ?? now).getTime()) / 1000)),
      leftRequest: chat.leftRequest,
      who: chat.account
        ? { fullName: chat.account.fullName, accountNumber: chat.account.accountNumber }
        : { visitorName: chat.visitorName },
    };
  });
}
