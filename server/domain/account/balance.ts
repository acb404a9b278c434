import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";

/** The balance is the sum of the ledger, in kopecks; never a stored number. */
export async function getBalance(db: Db | Prisma.TransactionClient, accountId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } });
  return result._sum.amount ?? 0;
}

/** The same sum as a column of a one-statement read over `"SubscriberAccount" a` (server/db-driver.ts). */
export const balanceColumn = Prisma.sql`(SELECT COALESCE(SUM(l."amount"), 0)::int FROM "LedgerEntry" l WHERE l."accountId" = a."id") AS "balance"`;
