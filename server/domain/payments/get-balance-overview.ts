import type { Db } from "@/server/db-client";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { getBalance } from "@/server/domain/account/balance";
import { monthlyChargeOn } from "@/server/domain/billing/monthly-charge-on";
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

export async function getBalanceOverview(db: Db, accountId: string, now: Date): Promise<BalanceOverview> {
  const windowStart = new Date(now.getTime() - FORECAST_WINDOW_DAYS * 86_400_000);
  const chargeAt = nextMonthlyChargeDate(now);
  const [account, balance, charges, charge] = await Promise.all([
    db.subscriberAccount.findUnique({ where: { id: accountId }, select: { status: true } }),
    getBalance(db, accountId),
    db.ledgerEntry.aggregate({
      where: { accountId, type: "CHARGE", createdAt: { gt: windowStart, lte: now } },
      _sum: { amount: true },
    }),
    // The fee in force on the 1st, so a price scheduled from then is what the subscriber is told.
    monthlyChargeOn(db, accountId, chargeAt),
  ]);
  if (!account) throw new AppError("NOT_FOUND");

  const { amount, tariffFee, optionsFee } = charge;
  const spentInWindow = -(charges._sum.amount ?? 0);
  return {
    balance,
    status: account.status,
    nextCharge: { at: chargeAt, amount, tariffFee, optionsFee },
    spentInWindow,
    forecast: forecastBalance({ balance, spentInWindow, now }),
  };
}
