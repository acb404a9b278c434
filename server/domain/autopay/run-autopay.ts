import type { Db } from "@/server/db-client";
import { Prisma } from "@/server/generated/prisma/client";
import type { AutopayTrigger } from "@/server/generated/prisma/enums";
import { billingDay, nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { monthlyChargeOn } from "@/server/domain/billing/monthly-charge-on";
import { withProviderTimeout, type PaymentProvider } from "@/server/domain/payments/payment-provider";
import { logger } from "@/server/log";
import type { AutopayRules } from "./autopay-rules";
import { attemptAutopayRun, type AttemptOutcome } from "./attempt-autopay-run";

const DAY_MS = 86_400_000;

interface Trigger {
  accountId: string;
  trigger: AutopayTrigger;
  cycle: string;
  amount: number;
}

interface BelowThreshold {
  accountId: string;
  topUpAmount: number;
  lastMoneyIn: string | null;
}

/**
 * Balances below their autopay threshold. One trigger per money-in (the newest top-up or credit names
 * the cycle), so a fall below the threshold is topped up once. If autopay's own top-up did not lift the
 * balance to the threshold (a debt bigger than it), it waits for the subscriber instead of charging again.
 */
async function thresholdTriggers(db: Db): Promise<Trigger[]> {
  const rows = await db.$queryRaw<BelowThreshold[]>(Prisma.sql`
    WITH money AS (
      SELECT a."accountId", a."threshold", a."topUpAmount",
             (SELECT COALESCE(SUM(l."amount"), 0)::int FROM "LedgerEntry" l WHERE l."accountId" = a."accountId") AS "balance",
             (SELECT l."id" FROM "LedgerEntry" l WHERE l."accountId" = a."accountId" AND l."amount" > 0
               ORDER BY l."createdAt" DESC, l."id" DESC LIMIT 1) AS "lastMoneyIn"
        FROM "Autopay" a JOIN "PaymentMethod" m ON m."id" = a."methodId" AND m."removedAt" IS NULL
       WHERE a."enabled" AND a."threshold" IS NOT NULL AND a."topUpAmount" IS NOT NULL)
    SELECT money."accountId", money."topUpAmount", money."lastMoneyIn"
      FROM money
      LEFT JOIN "LedgerEntry" last ON last."id" = money."lastMoneyIn"
      LEFT JOIN "Payment" p ON p."id" = last."paymentId"
     WHERE money."balance" < money."threshold"
       AND NOT (p."methodId" IS NOT NULL AND
                (SELECT COALESCE(SUM(l."amount"), 0) FROM "LedgerEntry" l
                  WHERE l."accountId" = money."accountId" AND l."createdAt" <= last."createdAt") < money."threshold")`);
  return rows.map((row) => ({
    accountId: row.accountId,
    trigger: "THRESHOLD",
    cycle: `money-in:${row.lastMoneyIn ?? "none"}`,
    amount: row.topUpAmount,
  }));
}

/** The day before the 1st (Moscow), the coming month's charge of each account that asked for it. */
async function monthlyTriggers(db: Db, now: Date): Promise<Trigger[]> {
  const chargeDate = nextMonthlyChargeDate(now);
  if (chargeDate.getTime() - now.getTime() > DAY_MS) return [];
  const { year, month } = billingDay(chargeDate);
  const cycle = `${year}-${String(month).padStart(2, "0")}`;
  const accounts = await db.autopay.findMany({
    where: { enabled: true, monthlyCharge: true, method: { removedAt: null } },
    select: { accountId: true },
  });
  const triggers: Trigger[] = [];
  for (const { accountId } of accounts) {
    const { amount } = await monthlyChargeOn(db, accountId, chargeDate);
    if (amount > 0) triggers.push({ accountId, trigger: "MONTHLY", cycle, amount });
  }
  return triggers;
}

/**
 * One pass of the autopay job: the triggers that have come are claimed as runs (a unique key per
 * account, trigger and cycle, so instances running this at once claim each one once), then every run
 * that is due is attempted. Safe to run on several instances at once; no advisory lock needed.
 */
export async function runAutopay(
  db: Db,
  provider: PaymentProvider,
  rules: AutopayRules,
  now: Date,
): Promise<Record<AttemptOutcome | "claimed" | "unknown", number>> {
  const triggers = [...(await thresholdTriggers(db)), ...(await monthlyTriggers(db, now))];
  const { count: claimed } = await db.autopayRun.createMany({
    data: triggers.map((t) => ({ ...t, nextAttemptAt: now, createdAt: now, updatedAt: now })),
    skipDuplicates: true,
  });
  const due = await db.autopayRun.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    orderBy: { nextAttemptAt: "asc" },
    select: { id: true, accountId: true, amount: true, attempts: true, trigger: true },
  });
  const timed = withProviderTimeout(provider, rules.chargeTimeoutMs);
  const counts = { claimed, SUCCEEDED: 0, RETRY: 0, DECLINED: 0, SKIPPED: 0, unknown: 0 };
  for (const run of due) {
    try {
      counts[await attemptAutopayRun(db, timed, rules, run, now)] += 1;
    } catch (error) {
      // The outcome is unknown (a timeout, a lost connection): the run stays as it was and the next pass asks again.
      counts.unknown += 1;
      logger.warn({
        event: "autopay.attemptUnknown",
        runId: run.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return counts;
}
