import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import type { ChangeRequest } from "@/server/generated/prisma/client";
import { writeAuditEntry } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { actorStaffId, runIdempotentChange, type ChangeActor } from "@/server/domain/self-service/idempotent-change";
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
      const charge = plan.chargeToday;
      const feeText = proratedTariffFeeText(target, now);
      // One statement for the rows a change writes (see loadTariffChange for why not one call per row).
      const [change] = await tx.$queryRaw<ChangeRequest[]>`
        WITH "change" AS (
          INSERT INTO "ChangeRequest" ("id", "accountId", "kind", "status", "fromTariffId", "toTariffId",
                                       "chargedAmount", "idempotencyKey", "actorStaffId", "chatId")
          VALUES (${randomUUID()}, ${accountId}, 'TARIFF_CHANGE', 'APPLIED', ${account.tariffId}, ${target.id},
                  ${charge}, ${input.idempotencyKey}, ${actorStaffId(actor)}, ${actor.chatId ?? null})
          RETURNING *),
        "fee" AS (
          INSERT INTO "LedgerEntry" ("id", "accountId", "type", "category", "amount", "textCode", "textParams",
                                     "changeRequestId", "createdAt")
          SELECT ${randomUUID()}::text, ${accountId}::text, 'CHARGE'::"LedgerEntryType", 'TARIFF_FEE'::"ChargeCategory",
                 ${-charge}::int, ${feeText.textCode}::text, ${JSON.stringify(feeText.textParams)}::jsonb, "change"."id",
                 ${now}::timestamp
            FROM "change" WHERE ${charge}::int > 0),
        "moved" AS (
          UPDATE "SubscriberAccount" SET "tariffId" = ${target.id}, "tariffSince" = ${now}, "updatedAt" = ${now}
           WHERE "id" = ${accountId}),
        "ended" AS (
          UPDATE "OptionSubscription" SET "disconnectedAt" = ${now}
           WHERE "accountId" = ${accountId} AND "disconnectedAt" IS NULL
             AND "optionId" = ANY(${plan.switchedOff.map((o) => o.optionId)}::text[]))
        SELECT * FROM "change"`;
      await writeAuditEntry(tx, {
        actor: actor.principal,
        action: "tariff.change",
        subjectAccountId: accountId,
        entityType: "ChangeRequest",
        entityId: change!.id,
        details: {
          from: account.tariffId,
          to: target.id,
          charged: plan.chargeToday,
          switchedOff: plan.switchedOff,
          chatId: actor.chatId ?? null,
        },
      });
      return change!;
    },
  );
}
