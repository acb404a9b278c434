import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db-client";
import { Prisma, type ChangeRequest } from "@/server/generated/prisma/client";
import { auditEntryInsert } from "@/server/domain/audit/write-audit-entry";
import { AppError } from "@/server/domain/errors";
import { actorStaffId, type ChangeActor } from "@/server/domain/self-service/idempotent-change";
import { runIdempotentSqlChange } from "@/server/domain/self-service/idempotent-sql-change";
import {
  planLoadedTariffChange,
  tariffChangeQuery,
  type LoadedTariffChange,
  type LoadedTariffChangeRow,
} from "./load-tariff-change";
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
 * one transaction, once per idempotency key. The busiest paid change, so it runs on the
 * driver with one read and one write statement (runIdempotentSqlChange).
 */
export async function changeTariff(db: Db, input: ChangeTariffInput) {
  const now = input.now ?? new Date();
  const { accountId, actor } = input;
  return runIdempotentSqlChange<LoadedTariffChangeRow>(
    db,
    { accountId, idempotencyKey: input.idempotencyKey, action: "tariff.change", actor },
    {
      load: tariffChangeQuery(accountId, input.tariffId),
      async apply(sql, row) {
        const loaded = planLoadedTariffChange(row, now);
        const { account, plan } = loaded;
        if (account.status === "BLOCKED_FOR_DEBT") throw new AppError("ACCOUNT_BLOCKED");
        if (plan.refusal) {
          throw new AppError(
            plan.refusal,
            plan.refusal === "INSUFFICIENT_FUNDS" ? { missing: -plan.balanceAfter } : undefined,
          );
        }
        const [change] = await sql.query<ChangeRequest>(changeWrites({ ...input, now }, loaded));
        return { change: change!, named: loaded.target };
      },
    },
  );
}

/**
 * The rows a change writes as one statement (see tariffChangeQuery for why not one call per row), the change
 * request returned. The options' UPDATE comes early: pg_stat_activity shows a statement's first 1,024
 * characters only, and change-tariff-connection-loss.int.test.ts finds the change waiting there.
 */
function changeWrites(input: Required<ChangeTariffInput>, { account, target, plan }: LoadedTariffChange) {
  const { accountId, actor, now } = input;
  const changeId = randomUUID();
  const charge = plan.chargeToday;
  const feeText = proratedTariffFeeText(target, now);
  const details = { from: account.tariffId, to: target.id, charged: charge, switchedOff: plan.switchedOff };
  const audit = auditEntryInsert({
    actor: actor.principal,
    action: "tariff.change",
    subjectAccountId: accountId,
    entityType: "ChangeRequest",
    entityId: changeId,
    details: { ...details, chatId: actor.chatId ?? null },
  });
  return Prisma.sql`
WITH "change" AS (
  INSERT INTO "ChangeRequest" ("id", "accountId", "kind", "status", "fromTariffId", "toTariffId", "chargedAmount",
                               "idempotencyKey", "actorStaffId", "chatId")
  VALUES (${changeId}, ${accountId}, 'TARIFF_CHANGE', 'APPLIED', ${account.tariffId}, ${target.id}, ${charge},
          ${input.idempotencyKey}, ${actorStaffId(actor)}, ${actor.chatId ?? null})
  RETURNING *),
"moved" AS (
  UPDATE "SubscriberAccount" SET "tariffId" = ${target.id}, "tariffSince" = ${now}::timestamp, "updatedAt" = ${now}::timestamp
   WHERE "id" = ${accountId}),
"ended" AS (
  UPDATE "OptionSubscription" SET "disconnectedAt" = ${now}::timestamp
   WHERE "accountId" = ${accountId} AND "disconnectedAt" IS NULL
     AND "optionId" = ANY(${plan.switchedOff.map((o) => o.optionId)}::text[])),
"fee" AS (
  INSERT INTO "LedgerEntry" ("id", "accountId", "type", "category", "amount", "textCode", "textParams",
                             "changeRequestId", "createdAt")
  SELECT ${randomUUID()}::text, ${accountId}::text, 'CHARGE'::"LedgerEntryType", 'TARIFF_FEE'::"ChargeCategory",
         ${-charge}::int, ${feeText.textCode}::text, ${JSON.stringify(feeText.textParams)}::jsonb, "change"."id",
         ${now}::timestamp
    FROM "change" WHERE ${charge}::int > 0),
"audit" AS (${audit})
SELECT * FROM "change"`;
}
