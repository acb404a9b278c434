import type { Db } from "@/server/db-client";
import type { Prisma } from "@/server/generated/prisma/client";

/** The balance is the sum of the ledger, in kopecks; never a stored number. */
export async function getBalance(db: Db | Prisma.TransactionClient, accountId: string): Promise<number> {
  const result = await db.ledgerEntry.aggregate({ where: { accountId }, _sum: { amount: true } });
  return result._sum.amount ?? 0;
}
