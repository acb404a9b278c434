import { env } from "@/server/env.mjs";
import type { Db } from "@/server/db-client";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { dispatchWaitingChats } from "@/server/domain/chat/assignment/dispatch-waiting-chats";
import { runChatDispatcher, type DispatcherSettings } from "@/server/domain/chat/assignment/run-dispatcher";
import { logger } from "@/server/log";
import { startProcessLoop } from "@/server/process-loop";

const INTERVAL_MS = 5_000;

export function chatDispatcherSettings(): DispatcherSettings {
  const e = env();
  return { slaSeconds: e.CHAT_RESPONSE_SLA_SECONDS, awayAfterSeconds: e.OPERATOR_AWAY_AFTER_SECONDS };
}

/** The SLA, away marking and assignment every few seconds in this process (safe in several instances). */
export function startChatDispatcher(getDb: () => Db, getEvents: () => ChatEvents): void {
  startProcessLoop("chat.dispatcher", INTERVAL_MS, () => runChatDispatcher(getDb(), getEvents(), chatDispatcherSettings()));
}

/**
 * Right after something that may let a chat be assigned (a chat queued, an operator free or
 * online). A failure here never fails the caller's own action: the loop retries in seconds.
 */
export async function dispatchChatsNow(db: Db, events: ChatEvents): Promise<void> {
  try {
    await dispatchWaitingChats(db, events, chatDispatcherSettings());
  } catch (error) {
    logger.error({ event: "chat.dispatch_error", message: error instanceof Error ? error.message : String(error) });
  }
}
