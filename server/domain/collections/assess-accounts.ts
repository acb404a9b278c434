import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { monthlyChargesOn } from "@/server/domain/billing/monthly-charge-on";
import { readAccountMoney } from "@/server/domain/payments/account-money";
import { assessRisk, type Risk } from "./at-risk";

export interface AssessedAccount extends Risk {
  accountId: string;
  balance: number;
}

/**
 * The at-risk ones among active accounts (all, or the ones named), each with its reason, forecast
 * date and amount at risk: the list reads this, and a reminder reads it again when it is sent.
 */
export async function assessAccounts(
  db: Db | Tx,
  now: Date,
  accountIds?: readonly string[],
): Promise<AssessedAccount[]> {
  const money = await readAccountMoney(db, now, accountIds);
  if (money.length === 0) return [];
  const ids = money.map((m) => m.id);
  const chargeAt = nextMonthlyChargeDate(now);
  const [charges, promised] = await Promise.all([
    monthlyChargesOn(db, ids, chargeAt),
    db.promisedPayment.findMany({
      where: { status: "ACTIVE", ...(accountIds ? { accountId: { in: ids } } : {}) },
      select: { accountId: true, amount: true, repaid: true, dueAt: true },
    }),
  ]);
  const promisedOf = new Map(promised.map((p) => [p.accountId, { left: p.amount - p.repaid, dueAt: p.dueAt }]));
  const assessed: AssessedAccount[] = [];
  for (const account of money) {
    const risk = assessRisk({
      balance: account.balance,
      usageInWindow: account.usage,
      now,
      nextCharge: { at: chargeAt, amount: charges.get(account.id)?.amount ?? 0 },
      promised: promisedOf.get(account.id) ?? null,
    });
    if (risk) assessed.push({ accountId: account.id, balance: account.balance, ...risk });
  }
  return assessed;
}
