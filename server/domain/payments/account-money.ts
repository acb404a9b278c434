import type { Db } from "@/server/db-client";
import { balanceColumn } from "@/server/domain/account/balance";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { Prisma } from "@/server/generated/prisma/client";
import { FORECAST_WINDOW_DAYS } from "./forecast-balance";

const DAY_MS = 86_400_000;

export interface AccountMoney {
  id: string;
  balance: number;
  /** Kopecks charged over the forecast window (positive), what forecastBalance reads. */
  spent: number;
  /** Of `spent`, what usage cost (calls, internet, SMS…), the fees left out: what goes on every day. */
  usage: number;
  /** The newest money in (a top-up, a credit). */
  lastMoneyIn: string | null;
}

/**
 * Balance and the spending the forecast needs, for every active account or for the ones named: one
 * query for the notice scan and the collections list alike, so both forecast from the same numbers.
 */
export function readAccountMoney(db: Db | Tx, now: Date, accountIds?: readonly string[]): Promise<AccountMoney[]> {
  const windowStart = new Date(now.getTime() - FORECAST_WINDOW_DAYS * DAY_MS);
  if (accountIds?.length === 0) return Promise.resolve([]);
  const only = accountIds ? Prisma.sql`AND a."id" IN (${Prisma.join(accountIds)})` : Prisma.empty;
  return db.$queryRaw<AccountMoney[]>(Prisma.sql`
    SELECT a."id",
           ${balanceColumn},
           (SELECT COALESCE(-SUM(l."amount"), 0)::int FROM "LedgerEntry" l
             WHERE l."accountId" = a."id" AND l."type" = 'CHARGE'
               AND l."createdAt" > ${windowStart} AND l."createdAt" <= ${now}) AS "spent",
           (SELECT COALESCE(-SUM(l."amount"), 0)::int FROM "LedgerEntry" l
             WHERE l."accountId" = a."id" AND l."type" = 'CHARGE'
               AND (l."category" IS NULL OR l."category" NOT IN ('TARIFF_FEE', 'OPTION_FEE', 'CONNECTION_FEE'))
               AND l."createdAt" > ${windowStart} AND l."createdAt" <= ${now}) AS "usage",
           (SELECT l."id" FROM "LedgerEntry" l WHERE l."accountId" = a."id" AND l."amount" > 0
             ORDER BY l."createdAt" DESC, l."id" DESC LIMIT 1) AS "lastMoneyIn"
      FROM "SubscriberAccount" a
     WHERE a."status" = 'ACTIVE' ${only}`);
}
