import { env } from "@/server/env.mjs";
import { limiterForEnvironment } from "@/server/rate-limiter-factory";
import { LoginThrottle } from "./login-throttle";

const globalForThrottle = globalThis as unknown as { loginThrottle?: LoginThrottle };

export function getLoginThrottle(): LoginThrottle {
  const settings = env();
  globalForThrottle.loginThrottle ??= new LoginThrottle(
    {
      maxFailuresPerAccount: settings.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      maxFailuresPerIp: settings.LOGIN_MAX_FAILURES_PER_IP,
      blockMinutes: settings.LOGIN_BLOCK_MINUTES,
    },
    limiterForEnvironment(),
  );
  return globalForThrottle.loginThrottle;
}
