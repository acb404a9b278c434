import type { Db } from "@/server/db-client";
import { nextMonthlyChargeDate } from "@/server/domain/billing/billing-calendar";
import { monthlyCharge } from "@/server/domain/billing/monthly-charge";
import { feeInForce, pricesSelect } from "@/server/domain/billing/tariff-fee-on";
import { averageMonthlyUsage } from "@/server/domain/tariffs/recommend-tariff";
import { actionsOfPage } from "@/server/domain/self-service/self-service-actions";
import { accountConditions, type AccountFacts, type HintCondition } from "./account-conditions";

const USAGE_DAYS = 90;
/** A failure older than this no longer shapes the hints. */
const FAILURE_MEMORY_MS = 24 * 3600_000;

/** What the hints need to know about one account, whatever the page. */
export interface AccountSnapshot {
  accountId: string;
  accountNumber: string;
  fullName: string;
  facts: Omit<AccountFacts, "hasOptionsUnavailableOnTariff">;
  /** Whether some option on sale cannot be had on this account's tariff (said on the options page only). */
  optionsUnavailable: boolean;
  /** Self-service attempts of the last day, newest first. */
  recentEvents: Array<{ action: string; succeeded: boolean; errorCode: string | null }>;
}

export interface AccountSituation {
  conditions: HintCondition[];
  lastFailure: { action: string; errorCode: string } | null;
}

/**
 * The facts behind hints for many accounts at once, in a few queries: the subscriber's page loads
 * one account with it and the hint preview walks every account with it, so both judge alike.
 */
export async function loadAccountSnapshots(db: Db, accountIds: string[], now: Date): Promise<AccountSnapshot[]> {
  if (accountIds.length === 0) return [];
  const where = { accountId: { in: accountIds } };
  const [accounts, balances, usage, events] = await Promise.all([
    db.subscriberAccount.findMany({
      where: { id: { in: accountIds } },
      orderBy: { accountNumber: "asc" },
      include: {
        tariff: { include: { includedOptions: { select: { optionId: true } }, prices: pricesSelect } },
        subscriptions: { where: { disconnectedAt: null }, include: { option: true } },
      },
    }),
    db.ledgerEntry.groupBy({ by: ["accountId"], where, _sum: { amount: true } }),
    db.dailyUsage.findMany({
      where: { ...where, day: { gte: new Date(now.getTime() - USAGE_DAYS * 86_400_000) } },
      select: { accountId: true, minutes: true, mb: true, sms: true },
    }),
    db.selfServiceEvent.findMany({
      where: { ...where, createdAt: { gte: new Date(now.getTime() - FAILURE_MEMORY_MS) } },
      orderBy: { createdAt: "desc" },
      select: { accountId: true, action: true, succeeded: true, errorCode: true },
    }),
  ]);
  const unavailableByTariff = new Map<string, boolean>();
  for (const tariffId of new Set(accounts.map((a) => a.tariffId))) {
    const count = await db.option.count({
      where: { isArchived: false, compatibleTariffs: { some: {}, none: { tariffId } } },
    });
    unavailableByTariff.set(tariffId, count > 0);
  }
  const balanceOf = new Map(balances.map((b) => [b.accountId, b._sum.amount ?? 0]));
  const group = <T extends { accountId: string }>(rows: T[]) => {
    const byAccount = new Map<string, T[]>();
    for (const row of rows) byAccount.set(row.accountId, [...(byAccount.get(row.accountId) ?? []), row]);
    return byAccount;
  };
  const usageOf = group(usage);
  const eventsOf = group(events);
  return accounts.map((account) => ({
    accountId: account.id,
    accountNumber: account.accountNumber,
    fullName: account.fullName,
    facts: {
      balance: balanceOf.get(account.id) ?? 0,
      status: account.status,
      nextMonthlyCharge: monthlyCharge({
        // The fee in force on the next charge day: a scheduled change counts from its own day.
        tariffFee: feeInForce(account.tariff, nextMonthlyChargeDate(now)),
        includedOptionIds: account.tariff.includedOptions.map((o) => o.optionId),
        activeOptions: account.subscriptions.map((s) => ({ optionId: s.optionId, monthlyFee: s.option.monthlyFee })),
      }).amount,
      usualMonth: averageMonthlyUsage(usageOf.get(account.id) ?? []),
      allowance: {
        minutes: account.tariff.includedMinutes,
        mb: account.tariff.includedMb,
        sms: account.tariff.includedSms,
      },
    },
    optionsUnavailable: unavailableByTariff.get(account.tariffId) ?? false,
    recentEvents: eventsOf.get(account.id) ?? [],
  }));
}

/** The account as a hint on this page sees it: its conditions and the last failure of the page's own actions. */
export function situationOnPage(snapshot: AccountSnapshot, page: string): AccountSituation {
  const conditions = accountConditions({
    ...snapshot.facts,
    hasOptionsUnavailableOnTariff: page === "options" && snapshot.optionsUnavailable,
  });
  // Only this page's family of actions: a declined payment is no news on the tariffs page.
  const family: readonly string[] = actionsOfPage(page);
  const last = snapshot.recentEvents.find((e) => family.includes(e.action));
  const lastFailure = last && !last.succeeded ? { action: last.action, errorCode: last.errorCode ?? "INTERNAL" } : null;
  return { conditions, lastFailure };
}
