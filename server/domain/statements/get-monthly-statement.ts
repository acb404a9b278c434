import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import type { ChargeCategory, LedgerEntryType } from "@/server/generated/prisma/enums";
import { statementMonth, type StatementMonth } from "./statement-month";

export interface StatementEntry {
  id: string;
  createdAt: Date;
  type: LedgerEntryType;
  category: ChargeCategory | null;
  /** Kopecks, signed as in the ledger. */
  amount: number;
  textCode: string;
  textParams: unknown;
}

export interface MonthlyStatement {
  account: { accountNumber: string; fullName: string; phone: string };
  month: StatementMonth;
  openingBalance: number;
  closingBalance: number;
  /** Charges of the month by category, as positive kopecks, the largest first. */
  charges: Array<{ category: ChargeCategory; amount: number }>;
  chargesTotal: number;
  /** Money in: payments, refunds and credits (positive), and other corrections (negative), by entry type. */
  credits: Array<{ type: Exclude<LedgerEntryType, "CHARGE">; amount: number }>;
  entries: StatementEntry[];
}

/**
 * One calendar month (Moscow) of the subscriber's own ledger: the balance at its start and end, charges by
 * category, money in by kind, and every entry. The balances and sums are the database's, so the statement
 * agrees with the balance the account page shows.
 */
export async function getMonthlyStatement(
  db: Db,
  accountId: string,
  monthKey: string,
  now: Date,
): Promise<MonthlyStatement> {
  const month = statementMonth(monthKey, now);
  const [account, opening, entries] = await Promise.all([
    db.subscriberAccount.findUnique({
      where: { id: accountId },
      select: { accountNumber: true, fullName: true, phone: true },
    }),
    db.ledgerEntry.aggregate({ where: { accountId, createdAt: { lt: month.from } }, _sum: { amount: true } }),
    db.ledgerEntry.findMany({
      where: { accountId, createdAt: { gte: month.from, lt: month.to } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true, type: true, category: true, amount: true, textCode: true, textParams: true },
    }),
  ]);
  if (!account) throw new AppError("NOT_FOUND");

  const charges = new Map<ChargeCategory, number>();
  const credits = new Map<Exclude<LedgerEntryType, "CHARGE">, number>();
  for (const e of entries) {
    if (e.type === "CHARGE") charges.set(e.category ?? "OTHER", (charges.get(e.category ?? "OTHER") ?? 0) - e.amount);
    else credits.set(e.type, (credits.get(e.type) ?? 0) + e.amount);
  }
  const openingBalance = opening._sum.amount ?? 0;
  const movement = entries.reduce((sum, e) => sum + e.amount, 0);
  return {
    account,
    month,
    openingBalance,
    closingBalance: openingBalance + movement,
    charges: [...charges].map(([category, amount]) => ({ category, amount })).sort((a, b) => b.amount - a.amount),
    chargesTotal: [...charges.values()].reduce((a, b) => a + b, 0),
    credits: [...credits].map(([type, amount]) => ({ type, amount })),
    entries,
  };
}
