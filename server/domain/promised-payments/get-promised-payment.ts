import type { Db } from "@/server/db-client";
import type { AccountStatus, PromisedPaymentStatus } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { getBalance } from "@/server/domain/account/balance";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { monthlyChargeOn } from "@/server/domain/billing/monthly-charge-on";
import { AppError } from "@/server/domain/errors";
import { promisedPaymentOffer, type PromisedPaymentOffer, type PromisedPaymentRules } from "./promised-payment-rules";

export interface OpenPromisedPayment {
  id: string;
  amount: number;
  fee: number;
  repaid: number;
  status: Exclude<PromisedPaymentStatus, "REPAID">;
  takenAt: Date;
  dueAt: Date;
}

export interface PromisedPaymentState {
  balance: number;
  accountStatus: AccountStatus;
  /** The one not yet repaid (in use, or expired with its debt unpaid), if any. */
  open: OpenPromisedPayment | null;
  offer: PromisedPaymentOffer;
}

export const openPromisedPaymentSelect = {
  id: true,
  amount: true,
  fee: true,
  repaid: true,
  status: true,
  takenAt: true,
  dueAt: true,
} as const;

/** The account's open promised payment: at most one exists, the rules and the account lock see to it. */
export async function findOpenPromisedPayment(db: Db | Tx, accountId: string): Promise<OpenPromisedPayment | null> {
  const open = await db.promisedPayment.findFirst({
    where: { accountId, status: { in: ["ACTIVE", "OVERDUE"] } },
    orderBy: { takenAt: "desc" },
    select: openPromisedPaymentSelect,
  });
  return open as OpenPromisedPayment | null;
}

/** What the promised-payment card shows, and what taking one checks again under the account lock. */
export async function getPromisedPaymentState(
  db: Db | Tx,
  accountId: string,
  rules: PromisedPaymentRules,
  now: Date,
): Promise<PromisedPaymentState> {
  // One after another: inside a transaction the queries share one connection anyway.
  const account = await db.subscriberAccount.findUnique({ where: { id: accountId }, select: { status: true } });
  if (!account) throw new AppError("NOT_FOUND");
  const balance = await getBalance(db, accountId);
  const open = await findOpenPromisedPayment(db, accountId);
  const charge = await monthlyChargeOn(db, accountId, nextMonthlyChargeDate(now));
  return {
    balance,
    accountStatus: account.status,
    open,
    offer: promisedPaymentOffer({ balance, nextCharge: charge.amount, open, rules }),
  };
}
