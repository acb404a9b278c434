import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError } from "@/server/domain/errors";
import type { ChatParty } from "./chat-party";

/**
 * New chats one session may open: a person closes a chat and asks again a few times at most, a script
 * opening chat after chat pushes real customers back in the operator queue.
 */
export const CHAT_STARTS_PER_SESSION = { points: 5, durationSeconds: 10 * 60 };

/** The flood limits on new chats; the caller owns the instances (shared through Redis when configured). */
export interface ChatStartLimiters {
  /** Per visitor session or subscriber account. */
  perSession: RateLimiterAbstract;
  /** Per client address, for visitors only (a subscriber is limited by account); null when turned off. */
  perAddress: RateLimiterAbstract | null;
}

export interface ChatStartAdmission {
  limiters: ChatStartLimiters;
  /** The request's client address (server/auth/client-ip.ts); null when unknown. */
  clientAddress: string | null;
}

/**
 * Counts one new chat, or refuses it with RATE_LIMITED. A fresh session costs a visitor one page load, so
 * the address limit is what stops one client; the session limit stops one browser behind a shared address.
 */
export async function admitChatStart({ limiters, clientAddress }: ChatStartAdmission, party: ChatParty) {
  if (party.kind === "visitor") {
    if (limiters.perAddress && clientAddress) await take(limiters.perAddress, clientAddress);
    await take(limiters.perSession, `visitor:${party.token}`);
  } else if (party.kind === "subscriber") {
    await take(limiters.perSession, `subscriber:${party.accountId}`);
  }
}

async function take(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) });
  }
}
