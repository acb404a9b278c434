import type { Db } from "@/server/db-client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { runIdempotentChange, type ChangeActor } from "@/server/domain/self-service/idempotent-change";
import { loadTariffChange } from "./load-tariff-change";
import { proratedTariffFeeText } from "./plan-tariff-change";

export interface ChangeTariffInput {
  accountId: string;
  tariffId: string;
  idempotencyKey: string;
  actor: ChangeActor;
  now?: Date;
}

/**
 * Moves the account to another tariff: charges the new fee for the days left,
 * switches off options that do not fit, and records history and audit — all in
 * one transaction, once per idempotency key.
 */
export async function changeTariff(db: Db, input: ChangeTariffInput) {
  const now = input.now ?? new Date();
  const { accountId, actor } = input;
  return runIdempotentChange(
    db,
    { accountId, idempotencyKey: input.idempotencyKey, action: "tariff.change", actor },
    async (tx) => {
      const { account, target, plan } = await loadTariffChange(tx, accountId, input.tariffId, now);
      if (account.status === "BLOCKED_FOR_DEBT") throw new AppError("ACCOUNT_BLOCKED");
      if (plan.refusal) {
        throw new AppError(
          plan.refusal,
          plan.refusal === "INSUFFICIENT_FUNDS" ? { missing: -plan.balanceAfter } : undefined,
        );
      }
      const change = await tx.changeRequest.create({
        data: {
          accountId,
          kind: "TARIFF_CHANGE",
          status: "APPLIED",
          fromTariffId: account.tariffId,
          toTariffId: target.id,
          chargedAmount: plan.chargeToday,
          idempotencyKey: input.idempotencyKey,
          actorStaffId: actor.principal.kind === "staff" ? actor.principal.staffId : null,
          chatId: actor.chatId ?? null,
        },
      });
      if (plan.chargeToday > 0) {
        await tx.ledgerEntry.create({
          data: {
            accountId,
            type: "CHARGE",
            category: "TARIFF_FEE",
            amount: -plan.chargeToday,
            ...proratedTariffFeeText(target, now),
            changeRequestId: change.id,
            createdAt: now,
          },
        });
      }
      await tx.subscriberAccount.update({ where: { id: accountId }, data: { tariffId: target.id, tariffSince: now } });
      if (plan.switchedOff.length > 0) {
        await tx.optionSubscription.updateMany({
          where: { accountId, disconnectedAt: null, optionId: { in: plan.switchedOff.map((o) => o.optionId) } },
          data: { disconnectedAt: now },
        });
      }
      await writeAuditEntry(tx, {
        actor: actor.principal,
        action: "tariff.change",
        subjectAccountId: accountId,
        entityType: "ChangeRequest",
        entityId: change.id,
        details: {
          from: account.tariffId,
          to: target.id,
          charged: plan.chargeToday,
          switchedOff: plan.switchedOff,
          chatId: actor.chatId ?? null,
        },
      });
      return change;
    },
  );
}
