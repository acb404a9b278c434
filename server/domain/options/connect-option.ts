import type { Db } from "@/server/db-client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { entryText, localizedName } from "@/server/domain/payments/ledger-text";
import { actorStaffId, runIdempotentChange, type ChangeActor } from "@/server/domain/self-service/idempotent-change";
import { loadOptionConnect } from "./load-option-connect";

export interface ConnectOptionInput {
  accountId: string;
  optionId: string;
  /** The subscriber agreed to switch off the option of the same exclusive group. */
  replace: boolean;
  idempotencyKey: string;
  actor: ChangeActor;
  now?: Date;
}

/** Connects an option: connection fee and the prorated month's fee, in one transaction, once per key. */
export async function connectOption(db: Db, input: ConnectOptionInput) {
  const now = input.now ?? new Date();
  const { accountId, actor } = input;
  return runIdempotentChange(
    db,
    { accountId, idempotencyKey: input.idempotencyKey, action: "option.connect", actor },
    async (tx) => {
      const { account, option, plan } = await loadOptionConnect(tx, accountId, input.optionId, input.replace, now);
      if (account.status === "BLOCKED_FOR_DEBT") throw new AppError("ACCOUNT_BLOCKED");
      if (plan.refusal)
        throw new AppError(
          plan.refusal,
          plan.refusal === "INSUFFICIENT_FUNDS" ? { missing: -plan.balanceAfter } : undefined,
        );

      const change = await tx.changeRequest.create({
        data: {
          accountId,
          kind: "OPTION_CONNECT",
          status: "APPLIED",
          optionId: option.id,
          chargedAmount: plan.chargeToday,
          idempotencyKey: input.idempotencyKey,
          actorStaffId: actorStaffId(actor),
          chatId: actor.chatId ?? null,
        },
      });
      if (plan.replaces.length > 0) {
        await tx.optionSubscription.updateMany({
          where: { accountId, disconnectedAt: null, optionId: { in: plan.replaces } },
          data: { disconnectedAt: now },
        });
      }
      await tx.optionSubscription.create({ data: { accountId, optionId: option.id, connectedAt: now } });
      const name = localizedName(option);
      const charges = [
        {
          category: "CONNECTION_FEE" as const,
          amount: plan.connectionFee,
          ...entryText("OPTION_CONNECTION", { option: name }),
        },
        {
          category: "OPTION_FEE" as const,
          amount: plan.proratedMonthlyFee,
          ...entryText("OPTION_FEE_PRORATED", { option: name }),
        },
      ].filter((c) => c.amount > 0);
      await tx.ledgerEntry.createMany({
        data: charges.map((c) => ({
          ...c,
          accountId,
          type: "CHARGE" as const,
          amount: -c.amount,
          changeRequestId: change.id,
          createdAt: now,
        })),
      });
      await writeAuditEntry(tx, {
        actor: actor.principal,
        action: "option.connect",
        subjectAccountId: accountId,
        entityType: "ChangeRequest",
        entityId: change.id,
        details: {
          optionId: option.id,
          charged: plan.chargeToday,
          replaced: plan.replaces,
          chatId: actor.chatId ?? null,
        },
      });
      return change;
    },
  );
}
