import type { Db } from "@/server/db-client";
import { balanceColumn } from "@/server/domain/account/balance";
import { sqlRunner } from "@/server/db-driver";
import { Prisma } from "@/server/generated/prisma/client";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { chargeFromInputs, chargeInputColumns, type ChargeInputs } from "@/server/domain/billing/charge-inputs-sql";
import { monthFromTotal, type MonthlyUsage } from "@/server/domain/tariffs/recommend-tariff";
import { actionsOfPage } from "@/server/domain/self-service/self-service-actions";
import { accountConditions, type AccountFacts, type HintCondition } from "./account-conditions";

const USAGE_DAYS = 90;
/** A failure older than this no longer shapes the hints. */
const FAILURE_MEMORY_MS = 24 * 3600_000;

/** What the hints need to know about one account, whatever the page. */
export interface AccountSnapshot {
  accountId: string;
  accountNumber: string;
  fullName: string;
  facts: Omit<AccountFacts, "hasOptionsUnavailableOnTariff">;
  /** Whether some option on sale cannot be had on this account's tariff (said on the options page only). */
  optionsUnavailable: boolean;
  /** Self-service attempts of the last day, newest first. */
  recentEvents: Array<{ action: string; succeeded: boolean; errorCode: string | null }>;
}

export interface AccountSituation {
  conditions: HintCondition[];
  lastFailure: { action: string; errorCode: string } | null;
}

interface SnapshotRow extends ChargeInputs {
  accountId: string;
  accountNumber: string;
  fullName: string;
  status: AccountFacts["status"];
  balance: number;
  allowance: AccountFacts["allowance"];
  usageDays: number;
  usage: MonthlyUsage;
  recentEvents: AccountSnapshot["recentEvents"];
  optionsUnavailable: boolean;
}

/**
 * The facts behind hints for many accounts at once: the subscriber's page loads one account with it and the hint
 * preview walks every account with it, so both judge alike. One SQL statement on the driver (server/db-driver.ts),
 * not ten Prisma queries: every account page renders it, and on the embedded database each query held the whole
 * page back. The statement only loads; the rules stay in monthlyCharge, monthFromTotal and accountConditions.
 */
export async function loadAccountSnapshots(db: Db, accountIds: string[], now: Date): Promise<AccountSnapshot[]> {
  if (accountIds.length === 0) return [];
  // DailyUsage.day is a date: the window starts on the day it starts, as Prisma compared it.
  const usageSince = new Date(now.getTime() - USAGE_DAYS * 86_400_000).toISOString().slice(0, 10);
  const failuresSince = new Date(now.getTime() - FAILURE_MEMORY_MS);
  const rows = await sqlRunner(db).query<SnapshotRow>(Prisma.sql`
    SELECT a."id" AS "accountId", a."accountNumber", a."fullName", a."status"::text AS "status",
           ${balanceColumn},
           json_build_object('minutes', t."includedMinutes", 'mb', t."includedMb", 'sms', t."includedSms") AS "allowance",
           usage."days" AS "usageDays", json_build_object('minutes', usage."minutes", 'mb', usage."mb", 'sms', usage."sms") AS "usage",
           (SELECT COALESCE(json_agg(json_build_object('action', e."action", 'succeeded', e."succeeded", 'errorCode', e."errorCode")
                     ORDER BY e."createdAt" DESC), '[]'::json)
              FROM "SelfServiceEvent" e WHERE e."accountId" = a."id" AND e."createdAt" >= ${failuresSince}) AS "recentEvents",
           -- Some option on sale is sold only with other tariffs.
           EXISTS (SELECT 1 FROM "Option" o
                    WHERE NOT o."isArchived"
                      AND EXISTS (SELECT 1 FROM "OptionCompatibility" c WHERE c."optionId" = o."id")
                      AND NOT EXISTS (SELECT 1 FROM "OptionCompatibility" c WHERE c."optionId" = o."id" AND c."tariffId" = t."id")
           ) AS "optionsUnavailable",
           ${chargeInputColumns}
      FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId"
     CROSS JOIN LATERAL (
       SELECT COUNT(*)::int AS "days", COALESCE(SUM(d."minutes"), 0)::int AS "minutes",
              COALESCE(SUM(d."mb"), 0)::int AS "mb", COALESCE(SUM(d."sms"), 0)::int AS "sms"
         FROM "DailyUsage" d WHERE d."accountId" = a."id" AND d."day" >= ${usageSince}::date
     ) usage
     WHERE a."id" = ANY(${accountIds}::text[])
     ORDER BY a."accountNumber"`);
  return rows.map((row) => ({
    accountId: row.accountId,
    accountNumber: row.accountNumber,
    fullName: row.fullName,
    facts: {
      balance: row.balance,
      status: row.status,
      // The fee in force on the next charge day: a scheduled change counts from its own day.
      nextMonthlyCharge: chargeFromInputs(row, nextMonthlyChargeDate(now)).amount,
      usualMonth: monthFromTotal(row.usage, row.usageDays),
      allowance: row.allowance,
    },
    optionsUnavailable: row.optionsUnavailable,
    recentEvents: row.recentEvents,
  }));
}

/** The account as a hint on this page sees it: its conditions and the last failure of the page's own actions. */
export function situationOnPage(snapshot: AccountSnapshot, page: string): AccountSituation {
  const conditions = accountConditions({
    ...snapshot.facts,
    hasOptionsUnavailableOnTariff: page === "options" && snapshot.optionsUnavailable,
  });
  // Only this page's family of actions: a declined payment is no news on the tariffs page.
  const family: readonly string[] = actionsOfPage(page);
  const last = snapshot.recentEvents.find((e) => family.includes(e.action));
  const lastFailure = last && !last.succeeded ? { action: last.action, errorCode: last.errorCode ?? "INTERNAL" } : null;
  return { conditions, lastFailure };
}
