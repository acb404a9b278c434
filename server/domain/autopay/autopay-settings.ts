import type { Db } from "@/server/db-client";
import type { Principal } from "@/server/auth/principal";
import type { Tx } from "@/server/domain/account/with-account-lock";
import type { Prisma } from "@/server/generated/prisma/client";
import type { AutopayRunStatus, AutopayTrigger } from "@/server/generated/prisma/enums";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { ProviderTimeoutError, type PaymentProvider } from "@/server/domain/payments/payment-provider";
import { autopayProblem, type AutopayChoice } from "./autopay-rules";

export interface AutopayState {
  /** The saved card's masked label, if one is saved. */
  method: { label: string; savedAt: Date } | null;
  rules: (AutopayChoice & { enabled: boolean }) | null;
  lastRun: {
    trigger: AutopayTrigger;
    amount: number;
    status: AutopayRunStatus;
    attempts: number;
    nextAttemptAt: Date;
    updatedAt: Date;
  } | null;
}

interface Actor {
  principal: Principal;
  ip?: string | null;
}

const activeMethod = (db: Db | Tx, accountId: string) =>
  db.paymentMethod.findFirst({
    where: { accountId, removedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, label: true, createdAt: true },
  });

export async function getAutopayState(db: Db, accountId: string): Promise<AutopayState> {
  const [method, autopay, lastRun] = await Promise.all([
    activeMethod(db, accountId),
    db.autopay.findUnique({ where: { accountId } }),
    db.autopayRun.findFirst({
      where: { accountId },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      select: { trigger: true, amount: true, status: true, attempts: true, nextAttemptAt: true, updatedAt: true },
    }),
  ]);
  return {
    method: method && { label: method.label, savedAt: method.createdAt },
    rules: autopay && {
      enabled: autopay.enabled && autopay.methodId === method?.id,
      threshold: autopay.threshold,
      topUpAmount: autopay.topUpAmount,
      monthlyCharge: autopay.monthlyCharge,
    },
    lastRun,
  };
}

/**
 * Saves the card the subscriber entered at the provider, replacing the one saved before. The provider
 * is asked first and outside any transaction: if it fails or times out, nothing at all is written.
 */
export async function savePaymentMethod(
  db: Db,
  provider: PaymentProvider,
  input: { accountId: string; actor: Actor; now?: Date },
): Promise<AutopayState> {
  const { accountId } = input;
  const now = input.now ?? new Date();
  const saved = await provider.saveMethod({ accountId }).catch((error: unknown) => {
    if (error instanceof ProviderTimeoutError) throw new AppError("PAYMENT_PROVIDER_UNAVAILABLE");
    throw error;
  });
  await db.$transaction(async (tx) => {
    await tx.paymentMethod.updateMany({ where: { accountId, removedAt: null }, data: { removedAt: now } });
    const method = await tx.paymentMethod.create({
      data: { accountId, provider: provider.name, token: saved.token, label: saved.label, createdAt: now },
    });
    // Rules already set now charge the new card.
    await tx.autopay.updateMany({ where: { accountId }, data: { methodId: method.id, updatedAt: now } });
    await audit(tx, input.actor, accountId, "autopay.method.save", { label: saved.label });
  });
  return getAutopayState(db, accountId);
}

/** Switches autopay on with these rules, charging the saved card. */
export async function saveAutopay(
  db: Db,
  input: { accountId: string; choice: AutopayChoice; actor: Actor; now?: Date },
): Promise<AutopayState> {
  const { accountId, choice } = input;
  const now = input.now ?? new Date();
  const problem = autopayProblem(choice);
  if (problem) throw new AppError("INVALID_INPUT", problem);
  await db.$transaction(async (tx) => {
    const method = await activeMethod(tx, accountId);
    if (!method) throw new AppError("AUTOPAY_NO_METHOD");
    const rules = { ...choice, methodId: method.id, enabled: true, updatedAt: now };
    await tx.autopay.upsert({ where: { accountId }, create: { accountId, ...rules }, update: rules });
    await audit(tx, input.actor, accountId, "autopay.save", { ...choice });
  });
  return getAutopayState(db, accountId);
}

/** Switches autopay off at once: a trigger waiting to be retried is cancelled, nothing more is charged. */
export async function switchOffAutopay(
  db: Db,
  input: { accountId: string; actor: Actor; removeMethod?: boolean; now?: Date },
): Promise<AutopayState> {
  const { accountId } = input;
  const now = input.now ?? new Date();
  await db.$transaction(async (tx) => {
    await tx.autopay.updateMany({ where: { accountId }, data: { enabled: false, updatedAt: now } });
    await tx.autopayRun.updateMany({
      where: { accountId, status: "PENDING" },
      data: { status: "CANCELLED", updatedAt: now },
    });
    if (input.removeMethod)
      await tx.paymentMethod.updateMany({ where: { accountId, removedAt: null }, data: { removedAt: now } });
    await audit(tx, input.actor, accountId, input.removeMethod ? "autopay.method.remove" : "autopay.switchOff", {});
  });
  return getAutopayState(db, accountId);
}

function audit(tx: Tx, actor: Actor, accountId: string, action: string, details: Prisma.InputJsonObject) {
  return writeAuditEntry(tx, {
    actor: actor.principal,
    action,
    subjectAccountId: accountId,
    entityType: "Autopay",
    entityId: accountId,
    details,
    ip: actor.ip,
  });
}
