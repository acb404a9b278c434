import type { Db } from "@/server/db-client";
import { env } from "@/server/env.mjs";
import { scanNotices } from "@/server/domain/notices/scan-notices";
import { createProcessLoop, type ProcessLoop } from "./process-loop";

/** No advisory lock: a notice is raised once whatever the number of instances (a unique key), so passes may overlap. */
export function noticesJob(getDb: () => Db): ProcessLoop {
  const settings = env();
  return createProcessLoop({
    name: "notices.scan",
    intervalMs: settings.NOTICES_SCAN_SECONDS * 1000,
    pass: () => scanNotices(getDb(), { lowBalanceDays: settings.NOTICE_LOW_BALANCE_DAYS }, new Date()),
  });
}
