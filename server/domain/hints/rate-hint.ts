import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

/** "Helped / did not help" on a hint; a "did not help" is when the page offers the chat. */
export async function rateHint(
  db: Db,
  input: { hintId: string; helpful: boolean; accountId: string | null; page: string },
) {
  const hint = await db.hint.findUnique({ where: { id: input.hintId }, select: { id: true } });
  if (!hint) throw new AppError("NOT_FOUND");
  await db.hintFeedback.create({
    data: { hintId: hint.id, helpful: input.helpful, accountId: input.accountId, page: input.page },
  });
  return { offerChat: !input.helpful };
}
