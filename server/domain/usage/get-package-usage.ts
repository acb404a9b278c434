import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import { billingDay, daysLeftInMonth, nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { AppError } from "@/server/domain/errors";
import { packageParts, type Amounts, type PackagePart } from "./package-usage";

export interface PackageUsage {
  parts: PackagePart[];
  /** Days of this billing month still to come, today included. */
  daysLeft: number;
  /** When the package renews (the next monthly charge). */
  renewsAt: Date;
}

interface Row {
  accountId: string;
  allowance: Amounts;
  used: Amounts;
}

/**
 * Each account's package this billing month (Moscow calendar): the tariff's allowance plus what its
 * options add (connected ones and those the tariff includes), and the month's daily usage so far.
 */
function packageRows(now: Date, accountId: string | null): Prisma.Sql {
  const { year, month } = billingDay(now);
  const monthStart = `${year}-${String(month).padStart(2, "0")}-01`;
  return Prisma.sql`
    SELECT a."id" AS "accountId",
           json_build_object('minutes', t."includedMinutes" + COALESCE(x."minutes", 0),
                             'mb', t."includedMb" + COALESCE(x."mb", 0),
                             'sms', t."includedSms" + COALESCE(x."sms", 0)) AS "allowance",
           json_build_object('minutes', COALESCE(u."minutes", 0), 'mb', COALESCE(u."mb", 0),
                             'sms', COALESCE(u."sms", 0)) AS "used"
      FROM "SubscriberAccount" a
      JOIN "Tariff" t ON t."id" = a."tariffId"
      LEFT JOIN LATERAL (
        SELECT SUM(o."extraMinutes")::int AS "minutes", SUM(o."extraMb")::int AS "mb", SUM(o."extraSms")::int AS "sms"
          FROM (SELECT "optionId" FROM "TariffIncludedOption" WHERE "tariffId" = t."id"
                UNION
                SELECT "optionId" FROM "OptionSubscription" WHERE "accountId" = a."id" AND "disconnectedAt" IS NULL) p
          JOIN "Option" o ON o."id" = p."optionId") x ON true
      LEFT JOIN LATERAL (
        SELECT SUM(d."minutes")::int AS "minutes", SUM(d."mb")::int AS "mb", SUM(d."sms")::int AS "sms"
          FROM "DailyUsage" d WHERE d."accountId" = a."id" AND d."day" >= CAST(${monthStart} AS date)) u ON true
     WHERE ${accountId === null ? Prisma.sql`a."status" = 'ACTIVE'` : Prisma.sql`a."id" = ${accountId}`}`;
}

/** One account's package: what is used and what is left of each part, and when it renews. */
export async function getPackageUsage(db: Db, accountId: string, now: Date): Promise<PackageUsage> {
  const [row] = await db.$queryRaw<Row[]>(packageRows(now, accountId));
  if (!row) throw new AppError("NOT_FOUND");
  return {
    parts: packageParts(row.allowance, row.used),
    daysLeft: daysLeftInMonth(now),
    renewsAt: nextMonthlyChargeDate(now),
  };
}

/** Every active account's package parts (for the 80% and 100% notices). */
export async function listActivePackages(
  db: Db,
  now: Date,
): Promise<Array<{ accountId: string; parts: PackagePart[] }>> {
  const rows = await db.$queryRaw<Row[]>(packageRows(now, null));
  return rows.map((row) => ({ accountId: row.accountId, parts: packageParts(row.allowance, row.used) }));
}
