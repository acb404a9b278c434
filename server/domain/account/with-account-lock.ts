import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Runs `work` in one transaction holding the account's row lock, so concurrent
 * changes to one account happen one after another on PostgreSQL (READ COMMITTED
 * would otherwise interleave them) as they do on single-connection PGlite.
 */
export function withAccountLock<T>(db: Db, accountId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$queryRaw(accountLock(accountId));
      return work(tx);
    },
    { maxWait: 20_000, timeout: 20_000 },
  );
}

/** Takes the account's row lock until the transaction ends (also on the driver: runIdempotentSqlChange). */
export function accountLock(accountId: string): Prisma.Sql {
  return Prisma.sql`SELECT "id" FROM "SubscriberAccount" WHERE "id" = ${accountId} FOR UPDATE`;
}
