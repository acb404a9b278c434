import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { getBalance } from "@/server/domain/account/balance";
import { AppError } from "@/server/domain/errors";
import { recordSelfServiceEvent } from "@/server/domain/self-service/record-self-service-event";
import type { PaymentProvider } from "./payment-provider";
import {
  chargePaymentOnce,
  creditPaymentOnce,
  PAYMENT_DECLINED,
  TOP_UP_ACTION,
  type SettleContext,
} from "./settle-payment";
import { topUpAmountProblem } from "./top-up-amount";

export interface TopUpInput {
  accountId: string;
  /** Kopecks. */
  amount: number;
  /** One key per submitted form: a retry or a double click pays once. */
  idempotencyKey: string;
  actor: { principal: Principal; page?: string | null; ip?: string | null };
  now?: Date;
}

export interface TopUpResult {
  paymentId: string;
  status: "SUCCEEDED" | "FAILED";
  amount: number;
  errorCode: typeof PAYMENT_DECLINED | null;
  balance: number;
  accountStatus: AccountStatus;
}

/**
 * Tops up the balance through the payment provider. The Payment row is claimed by its
 * idempotency key first, so parallel or retried requests with one key share one payment,
 * one provider charge and one ledger entry, and all get the same answer.
 */
export async function topUpBalance(db: Db, provider: PaymentProvider, input: TopUpInput): Promise<TopUpResult> {
  const { accountId, amount, idempotencyKey } = input;
  const ctx: SettleContext = {
    actor: input.actor.principal,
    page: input.actor.page,
    ip: input.actor.ip,
    now: input.now ?? new Date(),
  };
  const problem = topUpAmountProblem(amount);
  if (problem) {
    await recordSelfServiceEvent(db, {
      accountId,
      action: TOP_UP_ACTION,
      succeeded: false,
      errorCode: "INVALID_INPUT",
      page: ctx.page,
      details: { problem },
    });
    throw new AppError("INVALID_INPUT", { field: "amount", problem });
  }

  // ON CONFLICT DO NOTHING: the first request with the key creates the row, the others find it.
  await db.payment.createMany({
    data: [{ accountId, amount, provider: provider.name, idempotencyKey, status: "PENDING" }],
    skipDuplicates: true,
  });
  const claimed = await db.payment.findUniqueOrThrow({ where: { idempotencyKey } });
  // A key reused for another account or another amount is a client bug, never a second payment.
  if (claimed.accountId !== accountId || claimed.amount !== amount) throw new AppError("CONFLICT");

  const payment = claimed.status === "PENDING" ? await chargePaymentOnce(db, provider, claimed.id, ctx) : claimed;
  await creditPaymentOnce(db, payment, ctx);

  const [balance, account] = await Promise.all([
    getBalance(db, accountId),
    db.subscriberAccount.findUniqueOrThrow({ where: { id: accountId }, select: { status: true } }),
  ]);
  if (payment.status === "PENDING") throw new Error("Payment still pending after the provider answered");
  return {
    paymentId: payment.id,
    status: payment.status,
    amount: payment.amount,
    errorCode: payment.status === "FAILED" ? PAYMENT_DECLINED : null,
    balance,
    accountStatus: account.status,
  };
}
