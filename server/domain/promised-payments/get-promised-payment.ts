import type { Db } from "@/server/db-client";
import { balanceColumn } from "@/server/domain/account/balance";
import type { AccountStatus, PromisedPaymentStatus } from "@/server/generated/prisma/enums";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { Prisma } from "@/server/generated/prisma/client";
import { parseUtcTimestamp } from "@/server/db-driver";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { chargeFromInputs, chargeInputColumns, type ChargeInputs } from "@/server/domain/billing/charge-inputs-sql";
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

interface StateRow extends ChargeInputs {
  accountStatus: AccountStatus;
  balance: number;
  open: (Omit<OpenPromisedPayment, "takenAt" | "dueAt"> & { takenAt: string; dueAt: string }) | null;
}

/**
 * What the promised-payment card shows, and what taking one checks again under the account lock. One statement
 * (as raw SQL, so it runs the same inside the lock's transaction): the account page renders the card's link, and on
 * the embedded database each of the nine Prisma queries it took held the page's first bytes back.
 */
export async function getPromisedPaymentState(
  db: Db | Tx,
  accountId: string,
  rules: PromisedPaymentRules,
  now: Date,
): Promise<PromisedPaymentState> {
  const [row] = await db.$queryRaw<StateRow[]>(Prisma.sql`
    SELECT a."status"::text AS "accountStatus",
           ${balanceColumn},
           (SELECT json_build_object('id', p."id", 'amount', p."amount", 'fee', p."fee", 'repaid', p."repaid",
                     'status', p."status"::text, 'takenAt', p."takenAt", 'dueAt', p."dueAt")
              FROM "PromisedPayment" p WHERE p."accountId" = a."id" AND p."status" IN ('ACTIVE', 'OVERDUE')
             ORDER BY p."takenAt" DESC LIMIT 1) AS "open",
           ${chargeInputColumns}
      FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId"
     WHERE a."id" = ${accountId}`);
  if (!row) throw new AppError("NOT_FOUND");
  const open = row.open && {
    ...row.open,
    takenAt: parseUtcTimestamp(row.open.takenAt),
    dueAt: parseUtcTimestamp(row.open.dueAt),
  };
  const charge = chargeFromInputs(row, nextMonthlyChargeDate(now));
  return {
    balance: row.balance,
    accountStatus: row.accountStatus,
    open,
    offer: promisedPaymentOffer({ balance: row.balance, nextCharge: charge.amount, open, rules }),
  };
}
