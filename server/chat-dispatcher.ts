import type { Db } from "@/server/db-client";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { dispatcherSettings } from "@/server/domain/chat/assignment/dispatch-now";
import { runDispatchPass } from "@/server/domain/chat/assignment/dispatch-pass";
import { startProcessLoop } from "@/server/process-loop";

const INTERVAL_MS = 5_000;

/** The SLA, away marking and assignment every few seconds in this process (safe in several instances). */
export function startChatDispatcher(getDb: () => Db, getEvents: () => ChatEvents): void {
  startProcessLoop("chat.dispatcher", INTERVAL_MS, () => runDispatchPass(getDb(), getEvents(), dispatcherSettings()));
}
