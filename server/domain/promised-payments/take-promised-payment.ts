import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import { getBalance } from "@/server/domain/account/balance";
import { withAccountLock, type Tx } from "@/server/domain/account/with-account-lock";
import { setDebtBlock } from "@/server/domain/account/debt-block";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { entryText } from "@/server/domain/payments/ledger-text";
import { isUniqueViolation } from "@/server/domain/unique-violation";
import { getPromisedPaymentState, openPromisedPaymentSelect, type OpenPromisedPayment } from "./get-promised-payment";
import type { PromisedPaymentRules } from "./promised-payment-rules";

export const TAKE_PROMISED_PAYMENT_ACTION = "promised_payment.take";
const DAY_MS = 86_400_000;

export interface TakePromisedPaymentInput {
  accountId: string;
  /** Kopecks to credit, within the offer. */
  amount: number;
  idempotencyKey: string;
  actor: { principal: Principal; ip?: string | null };
  now?: Date;
}

export interface TakePromisedPaymentResult {
  promisedPayment: OpenPromisedPayment;
  balance: number;
  accountStatus: AccountStatus;
  /** This request took it (false: a retry with the same key, answered the same way). */
  taken: boolean;
}

/**
 * Credits a promised payment and charges its fee, all under the account's row lock: parallel
 * requests take at most one, and a retry with the same key gets the first answer again. A
 * number blocked for debt works again at once (the least credit clears the debt and the fee).
 */
export async function takePromisedPayment(
  db: Db,
  rules: PromisedPaymentRules,
  input: TakePromisedPaymentInput,
): Promise<TakePromisedPaymentResult> {
  const { accountId, amount, idempotencyKey } = input;
  const now = input.now ?? new Date();
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new AppError("INVALID_INPUT", { field: "amount" });
  try {
    return await withAccountLock(db, accountId, async (tx) => {
      const earlier = await tx.promisedPayment.findUnique({
        where: { idempotencyKey },
        select: { ...openPromisedPaymentSelect, accountId: true },
      });
      if (earlier) {
        // A key reused for another account or amount is a client bug, never a second credit.
        if (earlier.accountId !== accountId || earlier.amount !== amount) throw new AppError("CONFLICT");
        return { ...(await outcome(tx, accountId)), promisedPayment: earlier as OpenPromisedPayment, taken: false };
      }
      const state = await getPromisedPaymentState(tx, accountId, rules, now);
      const { offer } = state;
      if (offer.kind === "REFUSED") {
        const taken = offer.reason === "ALREADY_TAKEN" || offer.reason === "NOT_REPAID";
        throw new AppError(taken ? "PROMISED_PAYMENT_TAKEN" : "PROMISED_PAYMENT_UNAVAILABLE", { reason: offer.reason });
      }
      if (amount < offer.minAmount || amount > offer.maxAmount) {
        throw new AppError("INVALID_INPUT", { field: "amount", min: offer.minAmount, max: offer.maxAmount });
      }
      const promisedPayment = await tx.promisedPayment.create({
        data: {
          accountId,
          amount,
          fee: offer.fee,
          takenAt: now,
          dueAt: new Date(now.getTime() + offer.days * DAY_MS),
          idempotencyKey,
        },
        select: openPromisedPaymentSelect,
      });
      const promisedPaymentId = promisedPayment.id;
      await tx.ledgerEntry.create({
        data: {
          accountId,
          promisedPaymentId,
          type: "ADJUSTMENT",
          amount,
          createdAt: now,
          ...entryText("PROMISED_PAYMENT_CREDIT", { days: offer.days }),
        },
      });
      if (offer.fee > 0) {
        await tx.ledgerEntry.create({
          data: {
            accountId,
            promisedPaymentId,
            type: "CHARGE",
            category: "OTHER",
            amount: -offer.fee,
            createdAt: now,
            ...entryText("PROMISED_PAYMENT_FEE"),
          },
        });
      }
      const balance = await getBalance(tx, accountId);
      const unblocked = state.accountStatus === "BLOCKED_FOR_DEBT" && balance >= 0;
      if (unblocked)
        await setDebtBlock(tx, accountId, false, { reason: "PROMISED_PAYMENT", promisedPaymentId, balance });
      await writeAuditEntry(tx, {
        actor: input.actor.principal,
        action: TAKE_PROMISED_PAYMENT_ACTION,
        subjectAccountId: accountId,
        entityType: "PromisedPayment",
        entityId: promisedPaymentId,
        details: {
          amount,
          fee: offer.fee,
          dueAt: promisedPayment.dueAt.toISOString(),
          balanceAfter: balance,
          unblocked,
        },
        ip: input.actor.ip,
      });
      return {
        promisedPayment: promisedPayment as OpenPromisedPayment,
        balance,
        accountStatus: unblocked ? "ACTIVE" : state.accountStatus,
        taken: true,
      };
    });
  } catch (error) {
    // The same key on another account raced past the lookup (each held its own account's lock).
    if (isUniqueViolation(error)) throw new AppError("CONFLICT");
    throw error;
  }
}

async function outcome(tx: Tx, accountId: string) {
  const balance = await getBalance(tx, accountId);
  const account = await tx.subscriberAccount.findUniqueOrThrow({ where: { id: accountId }, select: { status: true } });
  return { balance, accountStatus: account.status };
}
