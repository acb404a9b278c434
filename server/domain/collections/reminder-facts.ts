import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { CollectionReason } from "@/server/generated/prisma/enums";
import { RECOVERY_WINDOW_DAYS, type ReminderFacts } from "./reminder-outcome";

export interface ReminderRow extends ReminderFacts {
  id: string;
  accountId: string;
  accountNumber: string;
  reason: CollectionReason;
}

/**
 * Reminders sent since a date (or the ones to the accounts named), each with the top-ups and promised
 * payments after it: within RECOVERY_WINDOW_DAYS and before the account's next reminder, so one top-up
 * answers one reminder.
 */
export function readReminderFacts(
  db: Db,
  filter: { since: Date } | { accountIds: readonly string[] },
): Promise<ReminderRow[]> {
  if ("accountIds" in filter && filter.accountIds.length === 0) return Promise.resolve([]);
  const where =
    "since" in filter
      ? Prisma.sql`r."sentAt" >= ${filter.since}`
      : Prisma.sql`r."accountId" IN (${Prisma.join(filter.accountIds)})`;
  return db.$queryRaw<ReminderRow[]>(Prisma.sql`
    WITH r AS (
      SELECT r.*, LEAST(r."sentAt" + ${RECOVERY_WINDOW_DAYS}::int * INTERVAL '1 day',
                        COALESCE(LEAD(r."sentAt") OVER (PARTITION BY r."accountId" ORDER BY r."sentAt", r."id"),
                                 'infinity'::timestamp)) AS "windowEnd"
        FROM "CollectionReminder" r
    )
    SELECT r."id", r."accountId", a."accountNumber", r."reason", r."sentAt", r."amountAtRisk",
           (SELECT COALESCE(SUM(l."amount"), 0)::int FROM "LedgerEntry" l
             WHERE l."accountId" = r."accountId" AND l."type" = 'PAYMENT'
               AND l."createdAt" > r."sentAt" AND l."createdAt" <= r."windowEnd") AS "paidAfter",
           EXISTS (SELECT 1 FROM "PromisedPayment" p
                    WHERE p."accountId" = r."accountId"
                      AND p."takenAt" > r."sentAt" AND p."takenAt" <= r."windowEnd") AS "promisedAfter"
      FROM r JOIN "SubscriberAccount" a ON a."id" = r."accountId"
     WHERE ${where}
     ORDER BY r."sentAt" DESC, r."id" DESC`);
}
