import type { Db } from "@/server/db-client";
import { billingDay, moscowMonthStart } from "@/server/domain/billing/billing-calendar";
import { ChargeCategory } from "@/server/generated/prisma/enums";

const CATEGORIES = Object.values(ChargeCategory);
export const SPENDING_MONTHS = 3;

export interface MonthSpending {
  /** "YYYY-MM", the calendar month in Moscow. */
  key: string;
  year: number;
  month: number;
  total: number;
  byCategory: Partial<Record<ChargeCategory, number>>;
}

export interface SpendingByCategory {
  /** Oldest first; the current month last, so far. */
  months: MonthSpending[];
  /** Categories with any spending in these months, in a stable order. */
  categories: ChargeCategory[];
}

/** Charges by category for this and the two previous calendar months, summed by the database. */
export async function getSpendingByCategory(db: Db, accountId: string, now: Date): Promise<SpendingByCategory> {
  const today = billingDay(now);
  const months: MonthSpending[] = Array.from({ length: SPENDING_MONTHS }, (_, i) => {
    const at = new Date(Date.UTC(today.year, today.month - 1 - (SPENDING_MONTHS - 1 - i), 1));
    const year = at.getUTCFullYear();
    const month = at.getUTCMonth() + 1;
    return { key: `${year}-${String(month).padStart(2, "0")}`, year, month, total: 0, byCategory: {} };
  });
  const first = months[0]!;
  const from = moscowMonthStart(first.year, first.month);
  const to = moscowMonthStart(today.year, today.month + 1);

  // Timestamps are stored in UTC; shifting by three hours puts each charge in its Moscow month.
  const rows = await db.$queryRaw<Array<{ month: string; category: string | null; total: bigint | number | string }>>`
    SELECT to_char(date_trunc('month', "createdAt" + interval '3 hours'), 'YYYY-MM') AS "month",
           "category"::text AS "category",
           SUM(-"amount")::bigint AS "total"
    FROM "LedgerEntry"
    WHERE "accountId" = ${accountId} AND "type" = 'CHARGE' AND "createdAt" >= ${from} AND "createdAt" < ${to}
    GROUP BY 1, 2`;

  const byKey = new Map(months.map((m) => [m.key, m]));
  const seen = new Set<ChargeCategory>();
  for (const row of rows) {
    const month = byKey.get(row.month);
    if (!month) continue;
    const category = (CATEGORIES as string[]).includes(row.category ?? "") ? (row.category as ChargeCategory) : "OTHER";
    const amount = Number(row.total);
    month.byCategory[category] = (month.byCategory[category] ?? 0) + amount;
    month.total += amount;
    seen.add(category);
  }
  return { months, categories: CATEGORIES.filter((c) => seen.has(c)) };
}
