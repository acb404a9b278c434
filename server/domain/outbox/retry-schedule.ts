/** After this many failed attempts a message is marked FAILED and no longer retried. */
export const MAX_DELIVERY_ATTEMPTS = 8;

const FIRST_RETRY_SECONDS = 30;
const MAX_RETRY_SECONDS = 60 * 60;

/**
 * How long to wait before the next try after `failedAttempts` failures:
 * 30 s, 1 min, 2 min, 4 min… doubling, never more than an hour.
 */
export function retryDelaySeconds(failedAttempts: number): number {
  const exponent = Math.max(0, failedAttempts - 1);
  return Math.min(FIRST_RETRY_SECONDS * 2 ** exponent, MAX_RETRY_SECONDS);
}

/** Whether a message that has just failed its `attempts`-th try gets another one. */
export function shouldRetry(attempts: number): boolean {
  return attempts < MAX_DELIVERY_ATTEMPTS;
}
