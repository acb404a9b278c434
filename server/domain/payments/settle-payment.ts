import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { Payment } from "@/server/generated/prisma/client";
import { getBalance } from "@/server/domain/account/balance";
import { withAccountLock } from "@/server/domain/account/with-account-lock";
import { setDebtBlock } from "@/server/domain/account/debt-block";
import { repayFromTopUp } from "@/server/domain/promised-payments/repay-promised-payment";
import { entryText } from "./ledger-text";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { recordSelfServiceEvent } from "@/server/domain/self-service/record-self-service-event";
import type { AppErrorCode } from "@/server/domain/errors";
import type { PaymentProvider } from "./payment-provider";
import type { SelfServiceAction } from "@/server/domain/self-service/self-service-actions";

export const TOP_UP_ACTION = "payment.top_up" satisfies SelfServiceAction;
/** The self-service error code of a payment the provider declined (hints and the UI know it). */
export const PAYMENT_DECLINED = "PAYMENT_DECLINED" satisfies AppErrorCode;

export interface SettleContext {
  /** Null when the system pays (autopay). */
  actor: Principal | null;
  page?: string | null;
  ip?: string | null;
  now: Date;
}

/**
 * Asks the provider about a PENDING payment while holding its row lock, so requests
 * with one key ask one at a time and the later ones find the answer already stored.
 * Nothing balance-related happens here: the account stays free for other changes.
 */
export async function chargePaymentOnce(
  db: Db,
  provider: PaymentProvider,
  paymentId: string,
  ctx: SettleContext,
): Promise<Payment> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT "id" FROM "Payment" WHERE "id" = ${paymentId} FOR UPDATE`;
      const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId } });
      if (payment.status !== "PENDING") return payment;
      // Should this throw (outcome unknown), the payment stays PENDING and a retry with the key asks again.
      const method = payment.methodId
        ? await tx.paymentMethod.findUniqueOrThrow({ where: { id: payment.methodId }, select: { token: true } })
        : null;
      const outcome = await provider.charge({
        amount: payment.amount,
        accountId: payment.accountId,
        idempotencyKey: payment.idempotencyKey,
        ...(method ? { methodToken: method.token } : {}),
      });
      const settled = await tx.payment.update({
        where: { id: paymentId },
        data: { status: outcome.status, providerRef: outcome.providerRef },
      });
      if (settled.status === "FAILED") {
        await writeAuditEntry(tx, {
          actor: ctx.actor,
          action: TOP_UP_ACTION,
          subjectAccountId: payment.accountId,
          entityType: "Payment",
          entityId: payment.id,
          details: {
            amount: payment.amount,
            status: "FAILED",
            errorCode: PAYMENT_DECLINED,
            providerRef: outcome.providerRef,
          },
          ip: ctx.ip,
        });
        await recordSelfServiceEvent(tx, {
          accountId: payment.accountId,
          action: TOP_UP_ACTION,
          succeeded: false,
          errorCode: PAYMENT_DECLINED,
          page: ctx.page,
          details: { paymentId: payment.id, amount: payment.amount },
        });
      }
      return settled;
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/**
 * Puts a succeeded payment on the ledger exactly once (the ledger's paymentId is unique,
 * and the check is repeated under the account lock), then lifts a debt block the
 * payment has covered. Also finishes the job after a crash between the provider's
 * answer and the ledger entry: a retry with the same key lands here.
 */
export async function creditPaymentOnce(db: Db, payment: Payment, ctx: SettleContext): Promise<void> {
  if (payment.status !== "SUCCEEDED") return;
  if (await db.ledgerEntry.findUnique({ where: { paymentId: payment.id }, select: { id: true } })) return;
  const { accountId } = payment;
  await withAccountLock(db, accountId, async (tx) => {
    if (await tx.ledgerEntry.findUnique({ where: { paymentId: payment.id }, select: { id: true } })) return;
    const entry = await tx.ledgerEntry.create({
      data: {
        accountId,
        type: "PAYMENT",
        amount: payment.amount,
        // A saved method is only charged by autopay.
        ...(payment.methodId ? entryText("AUTOPAY_CARD") : entryText("TOP_UP_CARD")),
        paymentId: payment.id,
        createdAt: ctx.now,
      },
    });
    const repayment = await repayFromTopUp(tx, {
      accountId,
      paymentId: payment.id,
      amount: payment.amount,
      now: ctx.now,
    });
    const balance = await getBalance(tx, accountId);
    const account = await tx.subscriberAccount.findUniqueOrThrow({
      where: { id: accountId },
      select: { status: true },
    });
    const reactivated = account.status === "BLOCKED_FOR_DEBT" && balance >= 0;
    if (reactivated) await setDebtBlock(tx, accountId, false, { reason: "DEBT_PAID", paymentId: payment.id, balance });
    await writeAuditEntry(tx, {
      actor: ctx.actor,
      action: TOP_UP_ACTION,
      subjectAccountId: accountId,
      entityType: "Payment",
      entityId: payment.id,
      details: {
        amount: payment.amount,
        status: "SUCCEEDED",
        providerRef: payment.providerRef,
        ledgerEntryId: entry.id,
        balanceAfter: balance,
        reactivated,
        promisedPaymentRepaid: repayment?.repaid ?? 0,
      },
      ip: ctx.ip,
    });
    await recordSelfServiceEvent(tx, {
      accountId,
      action: TOP_UP_ACTION,
      succeeded: true,
      page: ctx.page,
      details: { paymentId: payment.id, amount: payment.amount },
    });
  });
}
