import type { Tx } from "@/server/domain/account/with-account-lock";
import { getBalance } from "@/server/domain/account/balance";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { entryText } from "@/server/domain/payments/ledger-text";
import { findOpenPromisedPayment } from "./get-promised-payment";

/**
 * Repays the open promised payment from a top-up that has just reached the ledger, in the same
 * transaction and under the account lock: as much of the credit as the top-up covers goes back
 * (one ledger entry), and it is closed once all of it has. One that expired unpaid was written off
 * already; it closes when the top-up has cleared the debt its write-off left.
 */
export async function repayFromTopUp(
  tx: Tx,
  input: { accountId: string; paymentId: string; amount: number; now: Date },
): Promise<{ promisedPaymentId: string; repaid: number } | null> {
  const { accountId, paymentId, now } = input;
  const open = await findOpenPromisedPayment(tx, accountId);
  if (!open) return null;
  let repaid = 0;
  let closed: boolean;
  if (open.status === "ACTIVE") {
    repaid = Math.min(open.amount - open.repaid, input.amount);
    await tx.ledgerEntry.create({
      data: {
        accountId,
        promisedPaymentId: open.id,
        type: "ADJUSTMENT",
        amount: -repaid,
        createdAt: now,
        ...entryText("PROMISED_PAYMENT_REPAYMENT"),
      },
    });
    closed = open.repaid + repaid === open.amount;
  } else {
    closed = (await getBalance(tx, accountId)) >= 0;
  }
  await tx.promisedPayment.update({
    where: { id: open.id },
    data: { repaid: { increment: repaid }, ...(closed ? { status: "REPAID", closedAt: now } : {}) },
  });
  await writeAuditEntry(tx, {
    actor: null,
    action: "promised_payment.repay",
    subjectAccountId: accountId,
    entityType: "PromisedPayment",
    entityId: open.id,
    details: { paymentId, repaid, remaining: open.amount - open.repaid - repaid, closed },
  });
  return { promisedPaymentId: open.id, repaid };
}
