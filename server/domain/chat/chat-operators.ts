import type { Db } from "@/server/db-client";
import { firstNameOf } from "./assignment/assign-chat";

/** The operators who hold or wrote in a chat, by first name only: how the subscriber's bubbles name them. */
export async function listChatOperators(db: Db, chatId: string): Promise<Array<{ id: string; firstName: string }>> {
  const staff = await db.staffUser.findMany({
    where: { OR: [{ assignedChats: { some: { id: chatId } } }, { messages: { some: { chatId } } }] },
    select: { id: true, fullName: true },
  });
  return staff.map((s) => ({ id: s.id, firstName: firstNameOf(s.fullName) }));
}
