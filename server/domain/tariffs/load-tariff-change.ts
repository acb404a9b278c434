import type { Db } from "@/server/db-client";
import { sqlRunner } from "@/server/db-driver";
import { Prisma } from "@/server/generated/prisma/client";
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

export interface LoadedTariffChangeRow {
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

/** Reads everything a tariff change depends on and plans it, for the preview (the change reads it under its lock). */
export async function loadTariffChange(db: Db, accountId: string, tariffId: string, now: Date) {
  const [row] = await sqlRunner(db).query<LoadedTariffChangeRow>(tariffChangeQuery(accountId, tariffId));
  return planLoadedTariffChange(row!, now);
}

/**
 * What a tariff change depends on as one single-row statement, not a query per relation: the change runs under
 * the account's lock, and each query-builder call costs about a millisecond of CPU to compile (issue 19's
 * portal bench). Lists and records come as JSON, the balance as int.
 */
export function tariffChangeQuery(accountId: string, tariffId: string): Prisma.Sql {
  return Prisma.sql`
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
}

/** The change `row` describes, planned for `now`; NOT_FOUND without the account or the tariff. */
export function planLoadedTariffChange(row: LoadedTariffChangeRow, now: Date) {
  const { account, target: loaded, options, balance } = row;
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

export type LoadedTariffChange = ReturnType<typeof planLoadedTariffChange>;
