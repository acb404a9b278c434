import type { Db } from "@/server/db-client";
import { balanceColumn } from "@/server/domain/account/balance";
import { Prisma } from "@/server/generated/prisma/client";
import { AppError } from "@/server/domain/errors";
import { sqlRunner } from "@/server/db-driver";

export interface AccountSummary {
  id: string;
  accountNumber: string;
  phone: string;
  fullName: string;
  email: string | null;
  status: "ACTIVE" | "BLOCKED_FOR_DEBT";
  balance: number;
  tariff: { id: string; code: string; name: string; nameEn: string; monthlyFee: number };
  options: Array<{
    id: string;
    code: string;
    name: string;
    nameEn: string;
    monthlyFee: number;
    includedInTariff: boolean;
  }>;
}

/**
 * Read on every visit of the account page and the operator's side panel, so it is one SQL
 * statement run on the driver (server/db-driver.ts): Prisma's client engine compiles each query
 * on the main thread, which cost here ten times the database's work. Lists come as JSON and the
 * ledger's sum as int, the same shapes on PGlite and PostgreSQL. Options included in the tariff come first, free, in
 * catalogue order; then the connected ones, oldest first, at their own fee.
 */
export async function getAccountSummary(db: Db, accountId: string): Promise<AccountSummary> {
  const [account] = await sqlRunner(db).query<AccountSummary>(accountSummaryQuery(accountId));
  if (!account) throw new AppError("NOT_FOUND");
  return account;
}

/** The statement itself, also run by the portal bench's bare-pg baseline (`.text`, `.values`). */
export function accountSummaryQuery(accountId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT a."id", a."accountNumber", a."phone", a."fullName", a."email", a."status"::text AS "status",
           ${balanceColumn},
           json_build_object('id', t."id", 'code', t."code", 'name', t."name", 'nameEn', t."nameEn", 'monthlyFee', t."monthlyFee") AS "tariff",
           (SELECT COALESCE(json_agg(json_build_object(
                     'id', o."id", 'code', o."code", 'name', o."name", 'nameEn', o."nameEn",
                     'monthlyFee', CASE WHEN p."includedInTariff" THEN 0 ELSE o."monthlyFee" END,
                     'includedInTariff', p."includedInTariff"
                   ) ORDER BY p."includedInTariff" DESC, p."connectedAt", o."sortOrder", o."code", p."id"), '[]'::json)
              FROM (
                SELECT "optionId", true AS "includedInTariff", NULL::timestamp(3) AS "connectedAt", NULL AS "id"
                  FROM "TariffIncludedOption" WHERE "tariffId" = t."id"
                UNION ALL
                SELECT "optionId", false, "connectedAt", "id"
                  FROM "OptionSubscription" WHERE "accountId" = a."id" AND "disconnectedAt" IS NULL
              ) p JOIN "Option" o ON o."id" = p."optionId") AS "options"
      FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId"
     WHERE a."id" = ${accountId}`;
}
