import type { Db } from "@/server/db-client";
import { getBalance } from "@/server/domain/account/balance";
import { AppError } from "@/server/domain/errors";
import { loadActiveSubscriptions, optionRulesInclude, toOptionRules } from "./load-option-rules";
import { planOptionConnect } from "./plan-option-connect";

/** Connected options and the catalogue as it applies to this account: price today, conflicts, why not. */
export async function listAccountOptions(db: Db, accountId: string, now = new Date()) {
  const [account, options, subscriptions, balance] = await Promise.all([
    db.subscriberAccount.findUnique({
      where: { id: accountId },
      include: { tariff: { include: { includedOptions: { select: { optionId: true } } } } },
    }),
    db.option.findMany({
      where: { isArchived: false },
      include: optionRulesInclude,
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    }),
    loadActiveSubscriptions(db, accountId),
    getBalance(db, accountId),
  ]);
  if (!account) throw new AppError("NOT_FOUND");
  const includedIds = account.tariff.includedOptions.map((o) => o.optionId);
  const activeIds = new Set(subscriptions.map((s) => s.option.id));
  const tariffNames = new Map(
    (await db.tariff.findMany({ select: { id: true, name: true, nameEn: true } })).map((t) => [t.id, t]),
  );
  const optionNames = new Map(options.map((o) => [o.id, { name: o.name, nameEn: o.nameEn }]));
  const describe = (o: (typeof options)[number]) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    nameEn: o.nameEn,
    description: o.description,
    descriptionEn: o.descriptionEn,
    connectionFee: o.connectionFee,
    monthlyFee: o.monthlyFee,
    exclusiveGroup: o.exclusiveGroup,
  });
  return {
    balance,
    connected: [
      ...options
        .filter((o) => includedIds.includes(o.id))
        .map((o) => ({ ...describe(o), includedInTariff: true, connectedAt: null as Date | null })),
      ...subscriptions.map((s) => ({ ...describe(s.option), includedInTariff: false, connectedAt: s.connectedAt })),
    ],
    available: options
      .filter((o) => !activeIds.has(o.id) && !includedIds.includes(o.id))
      .map((o) => {
        const plan = planOptionConnect({
          option: { ...toOptionRules(o), connectionFee: o.connectionFee, monthlyFee: o.monthlyFee },
          tariffId: account.tariffId,
          includedOptionIds: includedIds,
          active: subscriptions.map((s) => s.rules),
          balance,
          replace: false,
          now,
        });
        return {
          ...describe(o),
          chargeToday: plan.chargeToday,
          refusal: plan.refusal,
          replaces: plan.replaces.map((id) => optionNames.get(id)!),
          compatibleTariffs: o.compatibleTariffs.map((c) => tariffNames.get(c.tariffId)!).filter(Boolean),
        };
      }),
  };
}

export type AccountOptions = Awaited<ReturnType<typeof listAccountOptions>>;
