import { env } from "@/server/env.mjs";
import { limiterForEnvironment } from "@/server/rate-limiter-factory";
import { CHAT_STARTS_PER_SESSION, type ChatStartLimiters } from "@/server/domain/chat/chat-start-limits";

// One set per process, however many module copies Next loads; counted in Redis across instances when configured.
const globalForStarts = globalThis as unknown as { chatStartLimiters?: ChatStartLimiters };

export function getChatStartLimiters(): ChatStartLimiters {
  if (globalForStarts.chatStartLimiters) return globalForStarts.chatStartLimiters;
  const make = limiterForEnvironment();
  const perHour = env().CHAT_STARTS_PER_IP_PER_HOUR;
  return (globalForStarts.chatStartLimiters = {
    perSession: make("chat-start-session", CHAT_STARTS_PER_SESSION.points, CHAT_STARTS_PER_SESSION.durationSeconds),
    perAddress: perHour > 0 ? make("chat-start-ip", perHour, 3600) : null,
  });
}
