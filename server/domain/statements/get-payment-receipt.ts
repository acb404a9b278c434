import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";

export interface PaymentReceipt {
  /** The payment's own id: what the provider and support can find it by. */
  number: string;
  paidAt: Date;
  amount: number;
  provider: string;
  providerRef: string | null;
  account: { accountNumber: string; fullName: string; phone: string };
  /** The balance right after this payment was credited. */
  balanceAfter: number;
  /** The ledger entry's text (how it was paid), read in the reader's language. */
  text: { textCode: string; textParams: unknown };
}

/**
 * The receipt of one of the subscriber's own successful payments. Another account's payment, a declined
 * or pending one and an unknown id all answer NOT_FOUND, so an id tells nothing about others' payments.
 */
export async function getPaymentReceipt(db: Db, accountId: string, paymentId: string): Promise<PaymentReceipt> {
  const payment = await db.payment.findFirst({
    where: { id: paymentId, accountId, status: "SUCCEEDED" },
    include: {
      ledgerEntry: { select: { id: true, createdAt: true, textCode: true, textParams: true } },
      account: { select: { accountNumber: true, fullName: true, phone: true } },
    },
  });
  const entry = payment?.ledgerEntry;
  if (!payment || !entry) throw new AppError("NOT_FOUND");
  // Entries up to this one, in the ledger's own order (time, then id for the same millisecond).
  const before = await db.ledgerEntry.aggregate({
    where: {
      accountId,
      OR: [{ createdAt: { lt: entry.createdAt } }, { createdAt: entry.createdAt, id: { lte: entry.id } }],
    },
    _sum: { amount: true },
  });
  return {
    number: payment.id,
    paidAt: entry.createdAt,
    amount: payment.amount,
    provider: payment.provider,
    providerRef: payment.providerRef,
    account: payment.account,
    balanceAfter: before._sum.amount ?? 0,
    text: { textCode: entry.textCode, textParams: entry.textParams },
  };
}
