import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { memoryLimiter } from "@/server/rate-limiter-factory";
import { AppError } from "@/server/domain/errors";

export interface LoginThrottleSettings {
  maxFailuresPerAccount: number;
  maxFailuresPerIp: number;
  blockMinutes: number;
}

/**
 * Slows password guessing: after N failures for one login (known or not, so the
 * limit does not reveal which logins exist) or from one IP, further attempts are
 * refused for a while. In memory for one process, in Redis for several app instances.
 */
export class LoginThrottle {
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;

  constructor(settings: LoginThrottleSettings, make = memoryLimiter) {
    const duration = settings.blockMinutes * 60;
    this.perAccount = make("login-account", settings.maxFailuresPerAccount, duration);
    this.perIp = make("login-ip", settings.maxFailuresPerIp, duration);
  }

  async assertAllowed(accountKey: string, ip: string | null): Promise<void> {
    const checks: Array<[RateLimiterAbstract, string]> = [[this.perAccount, accountKey]];
    if (ip) checks.push([this.perIp, ip]);
    for (const [limiter, key] of checks) {
      const state = await limiter.get(key);
      if (state && state.consumedPoints >= limiter.points) {
        const retryAfterSeconds = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
        throw new AppError("RATE_LIMITED", { retryAfterSeconds });
      }
    }
  }

  async recordFailure(accountKey: string, ip: string | null): Promise<void> {
    await this.perAccount.penalty(accountKey, 1);
    if (ip) await this.perIp.penalty(ip, 1);
  }

  async recordSuccess(accountKey: string): Promise<void> {
    await this.perAccount.delete(accountKey);
  }
}
