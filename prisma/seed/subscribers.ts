// Subscriber accounts, their options and their three months of history, written in batches.
import type { Prisma } from "@/server/generated/prisma/client";
import type { Catalogue } from "./catalogue";
import { simulateHistory } from "./history";
import { planSubscribers } from "./people";
import type { Random } from "./random";
import type { HistoryWindow } from "./time";

export const SUBSCRIBER_PASSWORD = "subscriber-demo";
const BATCH = 1000;

async function inBatches<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

export interface SubscriberRows {
  accounts: Prisma.SubscriberAccountCreateManyInput[];
  subscriptions: Prisma.OptionSubscriptionCreateManyInput[];
  payments: Prisma.PaymentCreateManyInput[];
  ledger: Prisma.LedgerEntryCreateManyInput[];
  usage: Prisma.DailyUsageCreateManyInput[];
}

/** Everything about the subscribers, computed in memory (no database access). */
export function buildSubscribers(
  rng: Random,
  window: HistoryWindow,
  catalogue: Catalogue,
  passwordHash: string,
  newId: () => string,
): SubscriberRows {
  const rows: SubscriberRows = { accounts: [], subscriptions: [], payments: [], ledger: [], usage: [] };
  for (const plan of planSubscribers(rng.fork(1), window, catalogue, newId)) {
    const tariff = catalogue.tariffs.get(plan.tariffCode);
    if (!tariff) throw new Error(`Unknown tariff ${plan.tariffCode}`);
    const history = simulateHistory(plan, catalogue, window, rng.fork(1000 + plan.index), newId);
    rows.accounts.push({
      id: plan.id,
      accountNumber: plan.accountNumber,
      phone: plan.phone,
      fullName: plan.fullName,
      email: plan.email,
      passwordHash,
      // The status follows the balance: a negative balance blocks the number.
      status: history.balance < 0 ? "BLOCKED_FOR_DEBT" : "ACTIVE",
      createdAt: plan.createdAt,
      tariffId: tariff.id,
      tariffSince: plan.tariffSince,
    });
    for (const o of plan.options) {
      const option = catalogue.options.get(o.code);
      if (!option) throw new Error(`Unknown option ${o.code}`);
      rows.subscriptions.push({
        id: newId(),
        accountId: plan.id,
        optionId: option.id,
        connectedAt: o.connectedAt,
        disconnectedAt: o.disconnectedAt,
      });
    }
    rows.payments.push(...history.payments);
    rows.ledger.push(...history.ledger);
    rows.usage.push(...history.usage);
  }
  return rows;
}

/** Inserts in dependency order: accounts, then payments before the ledger entries that point at them. */
export async function insertSubscribers(tx: Prisma.TransactionClient, rows: SubscriberRows) {
  await inBatches(rows.accounts, (data) => tx.subscriberAccount.createMany({ data }));
  await inBatches(rows.subscriptions, (data) => tx.optionSubscription.createMany({ data }));
  await inBatches(rows.payments, (data) => tx.payment.createMany({ data }));
  await inBatches(rows.ledger, (data) => tx.ledgerEntry.createMany({ data }));
  await inBatches(rows.usage, (data) => tx.dailyUsage.createMany({ data }));
  return {
    subscribers: rows.accounts.length,
    blocked: rows.accounts.filter((a) => a.status === "BLOCKED_FOR_DEBT").length,
    ledgerEntries: rows.ledger.length,
    payments: rows.payments.length,
    usageDays: rows.usage.length,
  };
}
