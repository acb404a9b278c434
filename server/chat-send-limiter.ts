import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { limiterForEnvironment } from "@/server/rate-limiter-factory";

// One per process (shared by every instance through Redis when it is configured): 20 messages per 10 s per chat and side.
const globalForSend = globalThis as unknown as { chatSendLimiter?: RateLimiterAbstract };

export function getChatSendLimiter(): RateLimiterAbstract {
  return (globalForSend.chatSendLimiter ??= limiterForEnvironment()("chat-send", 20, 10));
}
