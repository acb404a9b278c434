/**
 * The portal bench's data: the demo catalogue and its 60 subscribers (prisma/seed.ts, without
 * past chats), plus a few hundred bulk-inserted subscribers with a ledger history and two paid
 * options each. Bulk, without password hashes: nobody signs in here.
 */
import type { Db } from "@/server/db-client";
import { seedDemo } from "@/prisma/seed";
import { entryText } from "@/server/domain/payments/ledger-text";

export interface PortalBenchData {
  /** Bench subscribers, all starting on tariff A. */
  accountIds: string[];
  /** Users switch between these two tariffs; paid options fit both, so none are switched off. */
  tariffA: string;
  tariffB: string;
}

const LEDGER_ENTRIES_PER_ACCOUNT = 24;
/** Enough for every switch a run can make: each costs at most a month's fee. */
const OPENING_BALANCE = 1_000_000_000;
const NO_LOGIN = "bench-account-without-password";

export async function createPortalBenchData(db: Db, subscribers: number): Promise<PortalBenchData> {
  await seedDemo(db, { chats: 0 });
  const [tariffA, tariffB] = await Promise.all([
    db.tariff.findUniqueOrThrow({ where: { code: "smart-s" }, include: { includedOptions: true } }),
    db.tariff.findUniqueOrThrow({ where: { code: "smart-m" }, include: { includedOptions: true } }),
  ]);
  const included = new Set([...tariffA.includedOptions, ...tariffB.includedOptions].map((o) => o.optionId));
  const options = (
    await db.option.findMany({
      where: { isArchived: false, exclusiveGroup: null, compatibleTariffs: { some: { tariffId: tariffA.id } } },
      include: { compatibleTariffs: true },
      orderBy: { sortOrder: "asc" },
    })
  )
    .filter((o) => !included.has(o.id) && o.compatibleTariffs.some((c) => c.tariffId === tariffB.id))
    .slice(0, 2);

  const run = Date.now().toString(36);
  const accounts = await db.subscriberAccount.createManyAndReturn({
    data: Array.from({ length: subscribers }, (_, i) => ({
      accountNumber: `pb-${run}-${i}`,
      phone: `+7pb${run}${i}`,
      fullName: `Абонент Нагрузочный ${i}`,
      email: `pb-${run}-${i}@example.com`,
      passwordHash: NO_LOGIN,
      tariffId: tariffA.id,
    })),
    select: { id: true },
  });
  const day = 86_400_000;
  const now = Date.now();
  await db.ledgerEntry.createMany({
    data: accounts.flatMap(({ id }) => [
      {
        accountId: id,
        type: "ADJUSTMENT" as const,
        amount: OPENING_BALANCE,
        ...entryText("OPENING_BALANCE"),
        createdAt: new Date(now - 90 * day),
      },
      ...Array.from({ length: LEDGER_ENTRIES_PER_ACCOUNT - 1 }, (_, k) => ({
        accountId: id,
        type: "CHARGE" as const,
        category: "INTERNET" as const,
        amount: -(100 + k * 7),
        ...entryText("INTERNET_AUTO_TOP_UP", { gb: 1 }),
        createdAt: new Date(now - (k + 1) * 3 * day),
      })),
    ]),
  });
  await db.optionSubscription.createMany({
    data: accounts.flatMap(({ id }) =>
      options.map((option) => ({ accountId: id, optionId: option.id, connectedAt: new Date(now - 30 * day) })),
    ),
  });
  return { accountIds: accounts.map((a) => a.id), tariffA: tariffA.id, tariffB: tariffB.id };
}
