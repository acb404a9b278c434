import type { Db } from "@/server/db-client";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { getBalance } from "@/server/domain/account/balance";
import { monthlyCharge } from "@/server/domain/billing/monthly-charge";
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
  const [account, balance, charges] = await Promise.all([
    db.subscriberAccount.findUnique({
      where: { id: accountId },
      select: {
        status: true,
        tariff: { select: { monthlyFee: true, includedOptions: { select: { optionId: true } } } },
        subscriptions: {
          where: { disconnectedAt: null },
          select: { optionId: true, option: { select: { monthlyFee: true } } },
        },
      },
    }),
    getBalance(db, accountId),
    db.ledgerEntry.aggregate({
      where: { accountId, type: "CHARGE", createdAt: { gt: windowStart, lte: now } },
      _sum: { amount: true },
    }),
  ]);
  if (!account) throw new AppError("NOT_FOUND");

  const { amount, tariffFee, optionsFee } = monthlyCharge({
    tariffFee: account.tariff.monthlyFee,
    includedOptionIds: account.tariff.includedOptions.map((o) => o.optionId),
    activeOptions: account.subscriptions.map((s) => ({ optionId: s.optionId, monthlyFee: s.option.monthlyFee })),
  });
  const spentInWindow = -(charges._sum.amount ?? 0);
  return {
    balance,
    status: account.status,
    nextCharge: { at: nextMonthlyChargeDate(now), amount, tariffFee, optionsFee },
    spentInWindow,
    forecast: forecastBalance({ balance, spentInWindow, now }),
  };
}
