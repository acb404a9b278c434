import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { memoryLimiter } from "@/server/rate-limiter-factory";
import { AppError } from "@/server/domain/errors";

export interface RecoveryThrottleSettings {
  /** Code or link requests per account (known or not) per window. */
  requestsPerAccount: number;
  requestsPerIp: number;
  /** Wrong codes or links from one IP per window, across accounts. */
  confirmFailuresPerIp: number;
  windowMinutes: number;
}

export const defaultRecoveryThrottleSettings: RecoveryThrottleSettings = {
  requestsPerAccount: 5,
  requestsPerIp: 30,
  confirmFailuresPerIp: 30,
  windowMinutes: 60,
};

/**
 * Keeps recovery from becoming an SMS cannon or a code-guessing machine. Unknown
 * logins are counted exactly like known ones, so the limit reveals nothing. In
 * memory, like LoginThrottle; a Redis-backed limiter plugs in for several instances.
 */
export class RecoveryThrottle {
  private readonly requestsPerAccount: RateLimiterAbstract;
  private readonly requestsPerIp: RateLimiterAbstract;
  private readonly confirmFailuresPerIp: RateLimiterAbstract;

  constructor(settings: RecoveryThrottleSettings = defaultRecoveryThrottleSettings, make = memoryLimiter) {
    const duration = settings.windowMinutes * 60;
    this.requestsPerAccount = make("recovery-account", settings.requestsPerAccount, duration);
    this.requestsPerIp = make("recovery-ip", settings.requestsPerIp, duration);
    this.confirmFailuresPerIp = make("recovery-confirm-ip", settings.confirmFailuresPerIp, duration);
  }

  /**
   * Counts one request, or refuses it when the account or the requester has used up the window. The requester
   * is the client's IP, or a messenger contact's key (a webhook carries no person's address).
   */
  async consumeRequest(accountKey: string, ip: string | null): Promise<void> {
    await assertUnderLimit(this.requestsPerAccount, accountKey);
    if (ip) await assertUnderLimit(this.requestsPerIp, ip);
    await this.requestsPerAccount.penalty(accountKey, 1);
    if (ip) await this.requestsPerIp.penalty(ip, 1);
  }

  async assertConfirmAllowed(ip: string | null): Promise<void> {
    if (ip) await assertUnderLimit(this.confirmFailuresPerIp, ip);
  }

  async recordConfirmFailure(ip: string | null): Promise<void> {
    if (ip) await this.confirmFailuresPerIp.penalty(ip, 1);
  }
}

async function assertUnderLimit(limiter: RateLimiterAbstract, key: string): Promise<void> {
  const state = await limiter.get(key);
  if (state && state.consumedPoints >= limiter.points) {
    throw new AppError("RATE_LIMITED", { retryAfterSeconds: Math.max(1, Math.ceil(state.msBeforeNext / 1000)) });
  }
}
