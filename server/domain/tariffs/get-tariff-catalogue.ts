import type { Db } from "@/server/db-client";
import { AppError } from "@/server/domain/errors";
import { averageMonthlyUsage, recommendTariff } from "./recommend-tariff";

const USAGE_WINDOW_DAYS = 90;

/** Tariffs open for connection, the current one, the usual month's usage and a recommendation. */
export async function getTariffCatalogue(db: Db, accountId: string, now = new Date()) {
  const since = new Date(now.getTime() - USAGE_WINDOW_DAYS * 86_400_000);
  const [account, tariffs, usageDays] = await Promise.all([
    db.subscriberAccount.findUnique({ where: { id: accountId }, include: { tariff: true } }),
    db.tariff.findMany({ where: { isArchived: false }, orderBy: [{ sortOrder: "asc" }, { monthlyFee: "asc" }] }),
    db.dailyUsage.findMany({
      where: { accountId, day: { gte: since } },
      select: { minutes: true, mb: true, sms: true },
    }),
  ]);
  if (!account) throw new AppError("NOT_FOUND");
  const usage = averageMonthlyUsage(usageDays);
  const pick = (t: (typeof tariffs)[number]) => ({
    id: t.id,
    code: t.code,
    name: t.name,
    nameEn: t.nameEn,
    description: t.description,
    descriptionEn: t.descriptionEn,
    monthlyFee: t.monthlyFee,
    includedMinutes: t.includedMinutes,
    includedMb: t.includedMb,
    includedSms: t.includedSms,
    isArchived: t.isArchived,
  });
  return {
    current: pick(account.tariff),
    tariffs: tariffs.map(pick),
    usage,
    recommendation: recommendTariff(usage, account.tariff, tariffs),
  };
}

export type TariffCatalogue = Awaited<ReturnType<typeof getTariffCatalogue>>;
