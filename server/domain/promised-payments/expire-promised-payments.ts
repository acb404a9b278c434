import type { Db } from "@/server/db-client";
import { getBalance } from "@/server/domain/account/balance";
import { setDebtBlock } from "@/server/domain/account/debt-block";
import { withAccountLock } from "@/server/domain/account/with-account-lock";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { entryText } from "@/server/domain/payments/ledger-text";

const BATCH_SIZE = 100;

/**
 * Writes off what is left of each promised payment past its due date and blocks the number if
 * that leaves a debt. Each one is re-read under its account's lock, so several instances running
 * this at once (or a top-up arriving meanwhile) never write one off twice or after it was repaid.
 */
export async function expireDuePromisedPayments(db: Db, now: Date): Promise<{ expired: number; blocked: number }> {
  const due = await db.promisedPayment.findMany({
    where: { status: "ACTIVE", dueAt: { lte: now } },
    orderBy: { dueAt: "asc" },
    take: BATCH_SIZE,
    select: { id: true, accountId: true },
  });
  const report = { expired: 0, blocked: 0 };
  for (const { id, accountId } of due) {
    await withAccountLock(db, accountId, async (tx) => {
      const promised = await tx.promisedPayment.findUniqueOrThrow({ where: { id } });
      if (promised.status !== "ACTIVE" || promised.dueAt > now) return;
      const left = promised.amount - promised.repaid;
      await tx.ledgerEntry.create({
        data: {
          accountId,
          promisedPaymentId: id,
          type: "ADJUSTMENT",
          amount: -left,
          createdAt: now,
          ...entryText("PROMISED_PAYMENT_WRITE_OFF"),
        },
      });
      const balance = await getBalance(tx, accountId);
      const inDebt = balance < 0;
      await tx.promisedPayment.update({
        where: { id },
        data: { repaid: promised.amount, status: inDebt ? "OVERDUE" : "REPAID", closedAt: inDebt ? null : now },
      });
      await writeAuditEntry(tx, {
        actor: null,
        action: "promised_payment.expire",
        subjectAccountId: accountId,
        entityType: "PromisedPayment",
        entityId: id,
        details: { writtenOff: left, balanceAfter: balance },
      });
      report.expired++;
      const account = await tx.subscriberAccount.findUniqueOrThrow({
        where: { id: accountId },
        select: { status: true },
      });
      if (inDebt && account.status === "ACTIVE") {
        await setDebtBlock(tx, accountId, true, { reason: "PROMISED_PAYMENT_EXPIRED", promisedPaymentId: id, balance });
        report.blocked++;
      }
    });
  }
  return report;
}
