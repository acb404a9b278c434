import type { Db } from "@/server/db-client";
import type { LedgerEntryType } from "@/server/generated/prisma/enums";
import type { Prisma } from "@/server/generated/prisma/client";
import { ledgerPeriod } from "./ledger-period";

export const LEDGER_PAGE_SIZE = 20;
export const MAX_LEDGER_PAGE_SIZE = 100;

export interface LedgerQuery {
  type?: LedgerEntryType;
  /** "YYYY-MM-DD", Moscow calendar days, both included. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
  now?: Date;
}

/** The account's ledger, newest first, filtered by type and period, one page at a time with the total. */
export async function listLedger(db: Db, accountId: string, query: LedgerQuery) {
  const { gte, lt } = ledgerPeriod(query.from, query.to, query.now ?? new Date());
  const pageSize = Math.min(Math.max(1, Math.trunc(query.pageSize)), MAX_LEDGER_PAGE_SIZE);
  const page = Math.max(1, Math.trunc(query.page));
  const where: Prisma.LedgerEntryWhereInput = {
    accountId,
    ...(query.type ? { type: query.type } : {}),
    ...(gte || lt ? { createdAt: { ...(gte ? { gte } : {}), ...(lt ? { lt } : {}) } } : {}),
  };
  const [entries, total] = await Promise.all([
    db.ledgerEntry.findMany({
      where,
      // The id breaks ties between entries written in the same millisecond, so pages never overlap.
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: pageSize,
      skip: (page - 1) * pageSize,
      select: {
        id: true,
        createdAt: true,
        type: true,
        category: true,
        amount: true,
        textCode: true,
        textParams: true,
        paymentId: true,
      },
    }),
    db.ledgerEntry.count({ where }),
  ]);
  return { items: entries, total, page, pageSize, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
