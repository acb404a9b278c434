import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/server/env.mjs";
import { limiterForEnvironment } from "@/server/rate-limiter-factory";
import { CHAT_STARTS_PER_SESSION, type ChatStartLimiters } from "@/server/domain/chat/chat-start-limits";

// The chat's limiters, one set per process however many module copies Next loads; counted in Redis across
// instances when it is configured. The domain gets them as arguments.
const globalForChat = globalThis as unknown as {
  chatStartLimiters?: ChatStartLimiters;
  chatSendLimiter?: RateLimiterAbstract;
};

export function getChatStartLimiters(): ChatStartLimiters {
  if (globalForChat.chatStartLimiters) return globalForChat.chatStartLimiters;
  const make = limiterForEnvironment();
  const perHour = env().CHAT_STARTS_PER_IP_PER_HOUR;
  return (globalForChat.chatStartLimiters = {
    perSession: make("chat-start-session", CHAT_STARTS_PER_SESSION.points, CHAT_STARTS_PER_SESSION.durationSeconds),
    perAddress: perHour > 0 ? make("chat-start-ip", perHour, 3600) : null,
  });
}

/** 20 messages per 10 s per chat and side: a person types a few a second, more is a script. */
export function getChatSendLimiter(): RateLimiterAbstract {
  return (globalForChat.chatSendLimiter ??= limiterForEnvironment()("chat-send", 20, 10));
}
