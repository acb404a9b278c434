import { limiterForEnvironment } from "@/server/rate-limiter-factory";
import { defaultRecoveryThrottleSettings, RecoveryThrottle } from "./recovery-throttle";

const globalForThrottle = globalThis as unknown as { recoveryThrottle?: RecoveryThrottle };

/** One limiter per process, however many module copies Next loads. */
export function getRecoveryThrottle(): RecoveryThrottle {
  globalForThrottle.recoveryThrottle ??= new RecoveryThrottle(defaultRecoveryThrottleSettings, limiterForEnvironment());
  return globalForThrottle.recoveryThrottle;
}
