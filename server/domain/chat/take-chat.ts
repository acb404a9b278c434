import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { announceChatState, announceMessage, type ChatEvents } from "./chat-events";
import { toMessageView } from "./message-view";
import { assignQueuedChat } from "./assignment/assign-chat";
import { lockOperatorLoad } from "./assignment/operator-load";

/** An operator takes a waiting chat by hand (auto-assignment does the same for the longest-waiting one). */
export async function takeChat(db: Db, events: ChatEvents, input: { chatId: string; staffId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const result = await db.$transaction(
    async (tx) => {
      const load = await lockOperatorLoad(tx, input.staffId);
      if (!load) throw new AppError("NOT_FOUND");
      if (!load.hasRoom) throw new AppError("CHAT_LIMIT_REACHED");
      const assigned = await assignQueuedChat(tx, input.chatId, load.operator, now);
      if (!assigned)
        throw new AppError((await tx.chat.count({ where: { id: input.chatId } })) ? "CHAT_ALREADY_TAKEN" : "NOT_FOUND");
      return assigned;
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
  await announceMessage(events, toMessageView(result.message));
  await announceChatState(events, result.chat);
  return result.chat;
}
