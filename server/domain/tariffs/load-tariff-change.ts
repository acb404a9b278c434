import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";
import { feeInForce } from "@/server/domain/billing/tariff-fee-on";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import type { AccountStatus } from "@/server/generated/prisma/enums";
import type { OptionRules } from "@/server/domain/options/compatibility";
import { planTariffChange } from "./plan-tariff-change";

interface NamedTariff {
  id: string;
  name: string;
  nameEn: string;
  monthlyFee: number;
}

interface LoadedRow {
  account: { id: string; status: AccountStatus; tariffId: string; tariff: NamedTariff } | null;
  target:
    | (NamedTariff & {
        isArchived: boolean;
        includedOptionIds: string[];
        /** effectiveFrom as ISO text with its offset (stored UTC, read as timestamptz). */
        prices: Array<{ monthlyFee: number; effectiveFrom: string }>;
      })
    | null;
  options: Array<
    Omit<OptionRules, "compatibleTariffIds"> & { name: string; nameEn: string; compatibleTariffIds: string[] }
  >;
  balance: number;
}

/**
 * Reads everything a tariff change depends on in one statement and plans it; used for the preview and inside
 * the change. One statement, not a query per relation: the change runs under the account's lock, and each
 * query-builder call costs about a millisecond of CPU to compile (issue 19's portal bench).
 */
export async function loadTariffChange(db: Db | Tx, accountId: string, tariffId: string, now: Date) {
  const [row] = await db.$queryRaw<LoadedRow[]>`
    SELECT
      (SELECT json_build_object('id', a."id", 'status', a."status", 'tariffId', a."tariffId",
                'tariff', json_build_object('id', t."id", 'name', t."name", 'nameEn', t."nameEn", 'monthlyFee', t."monthlyFee"))
         FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId" WHERE a."id" = ${accountId}) AS "account",
      (SELECT json_build_object('id', t."id", 'name', t."name", 'nameEn', t."nameEn", 'monthlyFee', t."monthlyFee",
                'isArchived', t."isArchived",
                'includedOptionIds', ARRAY(SELECT i."optionId" FROM "TariffIncludedOption" i WHERE i."tariffId" = t."id"),
                'prices', COALESCE((SELECT json_agg(json_build_object('monthlyFee', p."monthlyFee", 'effectiveFrom', p."effectiveFrom" AT TIME ZONE 'UTC'))
                                      FROM "TariffPrice" p WHERE p."tariffId" = t."id"), '[]'::json))
         FROM "Tariff" t WHERE t."id" = ${tariffId}) AS "target",
      COALESCE((SELECT json_agg(json_build_object('id', o."id", 'code', o."code", 'name', o."name", 'nameEn', o."nameEn",
                         'exclusiveGroup', o."exclusiveGroup", 'isArchived', o."isArchived",
                         'compatibleTariffIds', ARRAY(SELECT c."tariffId" FROM "OptionCompatibility" c WHERE c."optionId" = o."id"))
                       ORDER BY s."connectedAt")
                  FROM "OptionSubscription" s JOIN "Option" o ON o."id" = s."optionId"
                 WHERE s."accountId" = ${accountId} AND s."disconnectedAt" IS NULL), '[]'::json) AS "options",
      (SELECT COALESCE(SUM(l."amount"), 0)::int FROM "LedgerEntry" l WHERE l."accountId" = ${accountId}) AS "balance"`;
  const { account, target: loaded, options, balance } = row!;
  if (!account || !loaded) throw new AppError("NOT_FOUND");
  const target = { ...loaded, prices: loaded.prices.map((p) => ({ ...p, effectiveFrom: new Date(p.effectiveFrom) })) };
  const plan = planTariffChange({
    currentTariffId: account.tariffId,
    target: {
      id: target.id,
      // Today's days at today's fee; the 1st at the fee in force then (a scheduled change counts).
      monthlyFee: feeInForce(target, now),
      nextMonthlyFee: feeInForce(target, nextMonthlyChargeDate(now)),
      isArchived: target.isArchived,
      includedOptionIds: target.includedOptionIds,
    },
    activeOptions: options,
    balance,
    now,
  });
  return { account, target, options, balance, plan };
}

export type LoadedTariffChange = Awaited<ReturnType<typeof loadTariffChange>>;
