import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { FORECAST_WINDOW_DAYS, forecastBalance } from "@/server/domain/payments/forecast-balance";
import { raiseNotice } from "./raise-notice";
import { scanPackageNotices } from "./scan-package-notices";

const DAY_MS = 86_400_000;
/** A promised payment is announced this long before it ends. */
const PROMISED_PAYMENT_NOTICE_MS = DAY_MS;

export interface NoticeRules {
  /** A balance the forecast says runs out within this many days is low. */
  lowBalanceDays: number;
}

interface AccountMoney {
  id: string;
  balance: number;
  spent: number;
  /** The newest money in (a top-up, a credit): one low-balance notice per such cycle. */
  lastMoneyIn: string | null;
}

/**
 * Raises the notices that the state of accounts calls for: low balance (by the same forecast the
 * portal shows), a promised payment ending within a day, and the month's package at 80% and 100%. Safe on several instances at once:
 * each notice is raised once (raiseNotice). The debt block raises its own, when it happens.
 */
export async function scanNotices(db: Db, rules: NoticeRules, now: Date): Promise<{ raised: number }> {
  const windowStart = new Date(now.getTime() - FORECAST_WINDOW_DAYS * DAY_MS);
  const accounts = await db.$queryRaw<AccountMoney[]>(Prisma.sql`
    SELECT a."id",
           (SELECT COALESCE(SUM(l."amount"), 0)::int FROM "LedgerEntry" l WHERE l."accountId" = a."id") AS "balance",
           (SELECT COALESCE(-SUM(l."amount"), 0)::int FROM "LedgerEntry" l
             WHERE l."accountId" = a."id" AND l."type" = 'CHARGE'
               AND l."createdAt" > ${windowStart} AND l."createdAt" <= ${now}) AS "spent",
           (SELECT l."id" FROM "LedgerEntry" l WHERE l."accountId" = a."id" AND l."amount" > 0
             ORDER BY l."createdAt" DESC, l."id" DESC LIMIT 1) AS "lastMoneyIn"
      FROM "SubscriberAccount" a
     WHERE a."status" = 'ACTIVE'`);
  let raised = 0;
  for (const account of accounts) {
    const forecast = forecastBalance({ balance: account.balance, spentInWindow: account.spent, now });
    if (forecast.kind !== "UNTIL" || forecast.days > rules.lowBalanceDays) continue;
    const notice = {
      accountId: account.id,
      kind: "LOW_BALANCE" as const,
      dedupeKey: `money-in:${account.lastMoneyIn ?? "none"}`,
      params: { balance: account.balance, days: forecast.days },
      now,
    };
    if (await raiseNotice(db, notice)) raised++;
  }
  const ending = await db.promisedPayment.findMany({
    where: { status: "ACTIVE", dueAt: { gt: now, lte: new Date(now.getTime() + PROMISED_PAYMENT_NOTICE_MS) } },
    select: { id: true, accountId: true, amount: true, repaid: true, dueAt: true },
  });
  for (const promised of ending) {
    const notice = {
      accountId: promised.accountId,
      kind: "PROMISED_PAYMENT_DUE" as const,
      dedupeKey: `promised-payment:${promised.id}`,
      params: { amount: promised.amount - promised.repaid, dueAt: promised.dueAt.toISOString() },
      now,
    };
    if (await raiseNotice(db, notice)) raised++;
  }
  raised += await scanPackageNotices(db, now);
  return { raised };
}
