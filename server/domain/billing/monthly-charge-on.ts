import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { AppError } from "@/server/domain/errors";
import { chargeFromInputs, chargeInputColumns, type ChargeInputs } from "./charge-inputs-sql";

type MonthlyCharge = ReturnType<typeof chargeFromInputs>;

/**
 * The monthly charge of an account on a charge date, with the tariff fee in force on that date: a fee
 * change scheduled for later is not charged before it starts, and one that started is charged from then.
 */
export async function monthlyChargeOn(db: Db | Tx, accountId: string, chargeDate: Date): Promise<MonthlyCharge> {
  const charge = (await monthlyChargesOn(db, [accountId], chargeDate)).get(accountId);
  if (!charge) throw new AppError("NOT_FOUND");
  return charge;
}

/**
 * {@link monthlyChargeOn} for many accounts in one statement, by account id (unknown ids left out). The same
 * columns as the account page's reads (charge-inputs-sql.ts), through `$queryRaw` so that autopay's charge also runs
 * inside its account lock (a Prisma transaction).
 */
export async function monthlyChargesOn(
  db: Db | Tx,
  accountIds: readonly string[],
  chargeDate: Date,
): Promise<Map<string, MonthlyCharge>> {
  const rows = await db.$queryRaw<Array<ChargeInputs & { id: string }>>`
    SELECT a."id", ${chargeInputColumns}
      FROM "SubscriberAccount" a JOIN "Tariff" t ON t."id" = a."tariffId"
     WHERE a."id" = ANY(${[...accountIds]}::text[])`;
  return new Map(rows.map((row) => [row.id, chargeFromInputs(row, chargeDate)]));
}
