import type { Db } from "@/server/db-client";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { dispatcherSettings } from "@/server/domain/chat/assignment/dispatch-now";
import { runDispatchPass } from "@/server/domain/chat/assignment/dispatch-pass";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

const INTERVAL_MS = 5_000;

/** Away marking, the response SLA and assignment every few seconds. No lock: assignment takes row locks, so any instance may run it. */
export function chatDispatcherJob(getDb: () => Db, getEvents: () => ChatEvents): ProcessLoop {
  return createProcessLoop({
    name: "chat.dispatcher",
    intervalMs: INTERVAL_MS,
    pass: () => runDispatchPass(getDb(), getEvents(), dispatcherSettings()),
  });
}
