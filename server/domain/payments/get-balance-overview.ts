import type { Db } from "@/server/db-client";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { Prisma } from "@/server/generated/prisma/client";
import { parseUtcTimestamp, sqlRunner } from "@/server/db-driver";
import { monthlyCharge } from "@/server/domain/billing/monthly-charge";
import { feeInForce } from "@/server/domain/billing/tariff-fee-on";
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

interface OverviewRow {
  status: AccountStatus;
  balance: number;
  chargedInWindow: number;
  tariffFee: number;
  prices: Array<{ monthlyFee: number; effectiveFrom: string }>;
  includedOptionIds: string[];
  activeOptions: Array<{ optionId: string; monthlyFee: number }>;
}

/**
 * Read on every visit of the account page, before its balance can be shown: one SQL statement on the driver
 * (server/db-driver.ts), as the account summary is, instead of eight Prisma queries whose compilation cost the page
 * more CPU than the database's work. The statement only loads; the charge's rules stay in monthlyCharge and
 * feeInForce, which the monthly billing uses too.
 */
export async function getBalanceOverview(db: Db, accountId: string, now: Date): Promise<BalanceOverview> {
  const windowStart = new Date(now.getTime() - FORECAST_WINDOW_DAYS * 86_400_000);
  const chargeAt = nextMonthlyChargeDate(now);
  const [row] = await sqlRunner(db).query<OverviewRow>(Prisma.sql`
    SELECT a."status"::text AS "status",
           ledger."balance", ledger."chargedInWindow",
           t."monthlyFee" AS "tariffFee",
           (SELECT COALESCE(json_agg(json_build_object('monthlyFee', p."monthlyFee", 'effectiveFrom', p."effectiveFrom")), '[]'::json)
              FROM "TariffPrice" p WHERE p."tariffId" = t."id") AS "prices",
           (SELECT COALESCE(json_agg(i."optionId"), '[]'::json)
              FROM "TariffIncludedOption" i WHERE i."tariffId" = t."id") AS "includedOptionIds",
           (SELECT COALESCE(json_agg(json_build_object('optionId', s."optionId", 'monthlyFee', o."monthlyFee")), '[]'::json)
              FROM "OptionSubscription" s JOIN "Option" o ON o."id" = s."optionId"
             WHERE s."accountId" = a."id" AND s."disconnectedAt" IS NULL) AS "activeOptions"
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
  const prices = row.prices.map((p) => ({
    monthlyFee: p.monthlyFee,
    effectiveFrom: parseUtcTimestamp(p.effectiveFrom),
  }));
  const { amount, tariffFee, optionsFee } = monthlyCharge({
    tariffFee: feeInForce({ monthlyFee: row.tariffFee, prices }, chargeAt),
    includedOptionIds: row.includedOptionIds,
    activeOptions: row.activeOptions,
  });
  const spentInWindow = -row.chargedInWindow;
  return {
    balance: row.balance,
    status: row.status,
    nextCharge: { at: chargeAt, amount, tariffFee, optionsFee },
    spentInWindow,
    forecast: forecastBalance({ balance: row.balance, spentInWindow, now }),
  };
}
