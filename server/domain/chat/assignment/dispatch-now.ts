import { env } from "@/server/env.mjs";
import type { Db } from "@/server/db-client";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { logger } from "@/server/log";
import { dispatchWaitingChats } from "./dispatch-waiting-chats";
import type { DispatcherSettings } from "./dispatch-pass";

/** The SLA and away timeouts as configured; the background pass and the immediate dispatch use the same. */
export function dispatcherSettings(): DispatcherSettings {
  const e = env();
  return { slaSeconds: e.CHAT_RESPONSE_SLA_SECONDS, awayAfterSeconds: e.OPERATOR_AWAY_AFTER_SECONDS };
}

/**
 * Right after something that may let a chat be assigned (a chat queued, an operator free or
 * online). A failure here never fails the caller's own action: the background pass retries in seconds.
 */
export async function dispatchChatsNow(db: Db, events: ChatEvents): Promise<void> {
  try {
    await dispatchWaitingChats(db, events, dispatcherSettings());
  } catch (error) {
    logger.error({ event: "chat.dispatch_error", message: error instanceof Error ? error.message : String(error) });
  }
}
