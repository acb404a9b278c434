import type { Prisma, StaffUser } from "@/server/generated/prisma/client";
import { createTranslator } from "@/i18n/translator";
import { appendMessage } from "../append-message";
import { readChatContext } from "../chat-context";

type Tx = Prisma.TransactionClient;

/**
 * Gives a waiting chat to an operator whose row the caller has locked. Moves only from
 * QUEUED, so a chat is never assigned twice; the first take starts the handling time,
 * every take restarts the operator's response clock. Returns null if it was taken already.
 */
export async function assignQueuedChat(
  tx: Tx,
  chatId: string,
  operator: Pick<StaffUser, "id" | "fullName">,
  now: Date,
) {
  const moved = await tx.$executeRaw`
    UPDATE "Chat" SET "state" = 'ASSIGNED', "operatorId" = ${operator.id}, "operatorSince" = ${now},
      "assignedAt" = COALESCE("assignedAt", ${now})
    WHERE "id" = ${chatId} AND "state" = 'QUEUED'`;
  if (moved === 0) return null;
  const chat = await tx.chat.findUniqueOrThrow({ where: { id: chatId } });
  const t = createTranslator(readChatContext(chat.context).locale);
  const message = await appendMessage(tx, {
    chatId,
    author: "SYSTEM",
    text: t("bot.operatorJoined", { name: firstNameOf(operator.fullName) }),
    now,
  });
  return { chat: { ...chat, lastSeq: message.seq }, message };
}

/** Names are stored surname first ("Смирнова Ольга Викторовна"); the subscriber is told the first name. */
export function firstNameOf(fullName: string): string {
  const [surname, firstName] = fullName.trim().split(/\s+/);
  return firstName ?? surname ?? fullName;
}
