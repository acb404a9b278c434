import type { Db } from "@/server/db-client";
import { env } from "@/server/env.mjs";
import { autopayRulesFrom } from "@/server/domain/autopay/autopay-rules";
import { runAutopay } from "@/server/domain/autopay/run-autopay";
import { getPaymentProvider } from "@/server/domain/payments/payment-provider";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** No advisory lock: each trigger is claimed once (a unique key) and each attempt charges once (its payment's key). */
export function autopayJob(getDb: () => Db): ProcessLoop {
  const settings = env();
  return createProcessLoop({
    name: "autopay.run",
    intervalMs: settings.AUTOPAY_SCAN_SECONDS * 1000,
    pass: () => runAutopay(getDb(), getPaymentProvider(), autopayRulesFrom(settings), new Date()),
  });
}
