import type { Db } from "@/server/db-client";
import type { AutopayRun } from "@/server/generated/prisma/client";
import { raiseNotice } from "@/server/domain/notices/raise-notice";
import type { PaymentProvider } from "@/server/domain/payments/payment-provider";
import { chargePaymentOnce, creditPaymentOnce, type SettleContext } from "@/server/domain/payments/settle-payment";
import type { AutopayRules } from "./autopay-rules";

export type AttemptOutcome = "SUCCEEDED" | "RETRY" | "DECLINED" | "SKIPPED";

/**
 * One attempt of a run, as it was read (its attempt number): the payment is claimed by the key
 * autopay:<run>:<attempt>, so instances working on the same run share one Payment, one provider
 * charge and one ledger entry; the run moves on by a conditional update that only one of them wins,
 * and only that one raises the notice, in the same transaction. A provider that times out leaves the
 * payment pending and the run as it was: the next pass asks again with the same key.
 */
export async function attemptAutopayRun(
  db: Db,
  provider: PaymentProvider,
  rules: AutopayRules,
  run: Pick<AutopayRun, "id" | "accountId" | "amount" | "attempts" | "trigger">,
  now: Date,
): Promise<AttemptOutcome> {
  const autopay = await db.autopay.findUnique({
    where: { accountId: run.accountId },
    select: { enabled: true, methodId: true, method: { select: { removedAt: true } } },
  });
  if (!autopay?.enabled || autopay.method.removedAt) return "SKIPPED";
  const idempotencyKey = `autopay:${run.id}:${run.attempts}`;
  await db.payment.createMany({
    data: [
      {
        accountId: run.accountId,
        amount: run.amount,
        provider: provider.name,
        idempotencyKey,
        methodId: autopay.methodId,
        status: "PENDING",
      },
    ],
    skipDuplicates: true,
  });
  const claimed = await db.payment.findUniqueOrThrow({ where: { idempotencyKey } });
  const ctx: SettleContext = { actor: null, now };
  const payment = claimed.status === "PENDING" ? await chargePaymentOnce(db, provider, claimed.id, ctx) : claimed;
  await creditPaymentOnce(db, payment, ctx);

  const succeeded = payment.status === "SUCCEEDED";
  const declined = !succeeded && run.attempts + 1 >= rules.maxAttempts;
  return db.$transaction(async (tx) => {
    const moved = await tx.autopayRun.updateMany({
      // Money that went through is recorded even if autopay was switched off meanwhile.
      where: { id: run.id, attempts: run.attempts, status: succeeded ? { in: ["PENDING", "CANCELLED"] } : "PENDING" },
      data: succeeded
        ? { status: "SUCCEEDED", updatedAt: now }
        : {
            attempts: run.attempts + 1,
            status: declined ? "DECLINED" : "PENDING",
            nextAttemptAt: new Date(now.getTime() + rules.retryMs),
            updatedAt: now,
          },
    });
    if (moved.count === 0) return "SKIPPED";
    if (succeeded || declined) {
      await raiseNotice(tx, {
        accountId: run.accountId,
        ...(succeeded
          ? { kind: "AUTOPAY_MADE" as const, params: { amount: run.amount, trigger: run.trigger } }
          : { kind: "AUTOPAY_DECLINED" as const, params: { amount: run.amount, attempts: run.attempts + 1 } }),
        dedupeKey: `autopay-run:${run.id}`,
        now,
      });
    }
    return succeeded ? "SUCCEEDED" : declined ? "DECLINED" : "RETRY";
  });
}
