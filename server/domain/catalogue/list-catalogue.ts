import type { Db } from "@/server/db-client";

const order = [{ isArchived: "asc" as const }, { sortOrder: "asc" as const }, { monthlyFee: "asc" as const }];

/**
 * The tariffs as administrators manage them: every field, how many accounts are on each (why a tariff
 * in use is archived rather than removed) and the fee changes still ahead.
 */
export async function listAdminTariffs(db: Db, now = new Date()) {
  const tariffs = await db.tariff.findMany({
    orderBy: order,
    include: {
      _count: { select: { accounts: true } },
      prices: { where: { effectiveFrom: { gt: now } }, orderBy: { effectiveFrom: "asc" } },
    },
  });
  return tariffs.map(({ _count, prices, createdAt: _c, updatedAt: _u, ...t }) => ({
    ...t,
    accounts: _count.accounts,
    scheduledFees: prices.map((p) => ({ monthlyFee: p.monthlyFee, effectiveFrom: p.effectiveFrom })),
  }));
}

/** The options with their compatibility and inclusion lists and how many accounts have each on. */
export async function listAdminOptions(db: Db) {
  const options = await db.option.findMany({
    orderBy: order,
    include: {
      compatibleTariffs: { select: { tariffId: true } },
      includedInTariffs: { select: { tariffId: true } },
      _count: { select: { subscriptions: { where: { disconnectedAt: null } } } },
    },
  });
  return options.map(({ compatibleTariffs, includedInTariffs, _count, createdAt: _c, updatedAt: _u, ...o }) => ({
    ...o,
    compatibleTariffIds: compatibleTariffs.map((c) => c.tariffId),
    includedInTariffIds: includedInTariffs.map((c) => c.tariffId),
    subscribers: _count.subscriptions,
  }));
}

export type AdminTariff = Awaited<ReturnType<typeof listAdminTariffs>>[number];
export type AdminOption = Awaited<ReturnType<typeof listAdminOptions>>[number];
