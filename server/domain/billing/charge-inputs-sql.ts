import { Prisma } from "@/server/generated/prisma/client";
import { parseUtcTimestamp } from "@/server/db-driver";
import { monthlyCharge } from "./monthly-charge";
import { feeInForce } from "./tariff-fee-on";

/** What {@link chargeInputColumns} loads, as the driver returns it (lists as JSON, timestamps as text). */
export interface ChargeInputs {
  tariffFee: number;
  prices: Array<{ monthlyFee: number; effectiveFrom: string }>;
  includedOptionIds: string[];
  activeOptions: Array<{ optionId: string; monthlyFee: number }>;
}

/**
 * The columns a one-statement read (server/db-driver.ts) selects to know an account's monthly charge, in a
 * statement over `"SubscriberAccount" a JOIN "Tariff" t`. The charge's rules stay in monthlyCharge and feeInForce,
 * which the monthly billing uses too; the statement only loads.
 */
export const chargeInputColumns = Prisma.sql`
  t."monthlyFee" AS "tariffFee",
  (SELECT COALESCE(json_agg(json_build_object('monthlyFee', p."monthlyFee", 'effectiveFrom', p."effectiveFrom")), '[]'::json)
     FROM "TariffPrice" p WHERE p."tariffId" = t."id") AS "prices",
  (SELECT COALESCE(json_agg(i."optionId"), '[]'::json)
     FROM "TariffIncludedOption" i WHERE i."tariffId" = t."id") AS "includedOptionIds",
  (SELECT COALESCE(json_agg(json_build_object('optionId', s."optionId", 'monthlyFee', o."monthlyFee")), '[]'::json)
     FROM "OptionSubscription" s JOIN "Option" o ON o."id" = s."optionId"
    WHERE s."accountId" = a."id" AND s."disconnectedAt" IS NULL) AS "activeOptions"`;

/** The monthly charge on `chargeDate` from the loaded inputs, with the tariff fee in force that day. */
export function chargeFromInputs(row: ChargeInputs, chargeDate: Date) {
  const prices = row.prices.map((p) => ({
    monthlyFee: p.monthlyFee,
    effectiveFrom: parseUtcTimestamp(p.effectiveFrom),
  }));
  return monthlyCharge({
    tariffFee: feeInForce({ monthlyFee: row.tariffFee, prices }, chargeDate),
    includedOptionIds: row.includedOptionIds,
    activeOptions: row.activeOptions,
  });
}
