import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

export interface EscalationInput {
  accountId: string | null;
  visitorToken: string | null;
  page: string;
  failedAction?: string | null;
  errorCode?: string | null;
  hintIds: string[];
}

/**
 * "Ask in chat" after self-service failed: what went wrong is written down now, so
 * the chat that follows starts with it and the subscriber does not repeat themselves.
 */
export async function recordEscalationIntent(db: Db, input: EscalationInput) {
  if (!input.accountId && !input.visitorToken) throw new AppError("UNAUTHENTICATED");
  const knownHints = await db.hint.findMany({ where: { id: { in: input.hintIds } }, select: { id: true } });
  const intent = await db.escalationIntent.create({
    data: {
      accountId: input.accountId,
      visitorToken: input.accountId ? null : input.visitorToken,
      page: input.page,
      failedAction: input.failedAction ?? null,
      errorCode: input.errorCode ?? null,
      hintIds: knownHints.map((h) => h.id),
    },
  });
  return { intentId: intent.id };
}
