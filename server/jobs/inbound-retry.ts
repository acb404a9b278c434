import type { Db } from "@/server/db-client";
import type { ChatEvents } from "@/server/domain/chat/chat-events";
import { channelAdapters, channelSecretsKey, receiveDeps } from "@/server/channels/channel-runtime";
import { retryStoredUpdates } from "@/server/channels/receive-webhook";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** Retries wait 30 s at least: a pass every 10 s is on time without polling hard. */
const INTERVAL_MS = 10_000;

/**
 * Messenger updates that were stored but whose processing failed (a database hiccup, a process stopped mid-way)
 * are processed again, a bounded number of times. No lock: each update is claimed before it is processed.
 */
export function inboundRetryJob(getDb: () => Db, getEvents: () => ChatEvents): ProcessLoop {
  return createProcessLoop({
    name: "channels.inbound-retry",
    intervalMs: INTERVAL_MS,
    pass: async () => {
      const secretsKey = channelSecretsKey();
      if (!secretsKey) return { retried: 0 };
      const db = getDb();
      const deps = { db, secretsKey, adapters: channelAdapters(), receive: receiveDeps(db, getEvents()) };
      return { retried: await retryStoredUpdates(deps) };
    },
  });
}
