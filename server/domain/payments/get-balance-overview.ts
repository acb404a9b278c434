import type { Db } from "@/server/db-client";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { Prisma } from "@/server/generated/prisma/client";
import { sqlRunner } from "@/server/db-driver";
import { chargeFromInputs, chargeInputColumns, type ChargeInputs } from "@/server/domain/billing/charge-inputs-sql";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { AppError } from "@/server/domain/errors";
import { FORECAST_WINDOW_DAYS, forecastBalance, type BalanceForecast } from "./forecast-balance";

export interface BalanceOverview {
  balance: number;
  status: AccountStatus;
  /** The full monthly charge on the 1st: the tariff fee plus paid options not included in the tariff. */
  nextCharge: { at: Date; amount: number; tariffFee: number; optionsFee: number };
  /** Kopecks charged over the forecast window, a positive number. */
  spentInWindow: number;
  forecast: BalanceForecast;
}

interface OverviewRow extends ChargeInputs {
  status: AccountStatus;
  balance: number;
  chargedInWindow: number;
}

/**
 * Read on every visit of the account page, before its balance can be shown: one SQL statement on the driver
 * (server/db-driver.ts), as the account summary is, instead of eight Prisma queries whose compilation cost the page
 * more CPU than the database's work.
 */
export async function getBalanceOverview(db: Db, accountId: string, now: Date): Promise<BalanceOverview> {
  const windowStart = new Date(now.getTime() - FORECAST_WINDOW_DAYS * 86_400_000);
  const chargeAt = nextMonthlyChargeDate(now);
  const [row] = await sqlRunner(db).query<OverviewRow>(Prisma.sql`
    SELECT a."status"::text AS "status",
           ledger."balance", ledger."chargedInWindow",
           ${chargeInputColumns}
      FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId"
     -- The account's ledger read once for both sums.
     CROSS JOIN LATERAL (
       SELECT COALESCE(SUM(l."amount"), 0)::int AS "balance",
              COALESCE(SUM(l."amount") FILTER (WHERE l."type" = 'CHARGE'
                AND l."createdAt" > ${windowStart} AND l."createdAt" <= ${now}), 0)::int AS "chargedInWindow"
         FROM "LedgerEntry" l WHERE l."accountId" = a."id"
     ) ledger
     WHERE a."id" = ${accountId}`);
  if (!row) throw new AppError("NOT_FOUND");

  // The fee in force on the 1st, so a price scheduled from then is what the subscriber is told.
  const { amount, tariffFee, optionsFee } = chargeFromInputs(row, chargeAt);
  const spentInWindow = -row.chargedInWindow;
  return {
    balance: row.balance,
    status: row.status,
    nextCharge: { at: chargeAt, amount, tariffFee, optionsFee },
    spentInWindow,
    forecast: forecastBalance({ balance: row.balance, spentInWindow, now }),
  };
}
