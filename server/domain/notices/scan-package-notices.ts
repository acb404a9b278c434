import type { Db } from "@/server/db-client";
import { billingDay } from "@/server/domain/billing/billing-calendar";
import { listActivePackages } from "@/server/domain/usage/get-package-usage";
import { reachedThreshold } from "@/server/domain/usage/package-usage";
import { raiseNotice } from "./raise-notice";

/**
 * Tells each subscriber once a month when a part of their package reaches 80% and when it is used up.
 * Only the highest share reached is raised: usage that jumps past both in a day gets one notice, not two.
 */
export async function scanPackageNotices(db: Db, now: Date): Promise<number> {
  const { year, month } = billingDay(now);
  let raised = 0;
  for (const { accountId, parts } of await listActivePackages(db, now)) {
    for (const part of parts) {
      const threshold = reachedThreshold(part.percent);
      if (threshold === null) continue;
      const notice = {
        accountId,
        kind: "PACKAGE_USAGE" as const,
        dedupeKey: `package:${year}-${month}:${part.resource}:${threshold}`,
        params: { resource: part.resource, percent: threshold, left: part.left ?? 0 },
        now,
      };
      if (await raiseNotice(db, notice)) raised++;
    }
  }
  return raised;
}
