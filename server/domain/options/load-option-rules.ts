import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import type { OptionRules } from "./compatibility";

export const optionRulesInclude = { compatibleTariffs: { select: { tariffId: true } } } as const;

export function toOptionRules(option: {
  id: string;
  code: string;
  exclusiveGroup: string | null;
  isArchived: boolean;
  compatibleTariffs: Array<{ tariffId: string }>;
}): OptionRules {
  return {
    id: option.id,
    code: option.code,
    exclusiveGroup: option.exclusiveGroup,
    isArchived: option.isArchived,
    compatibleTariffIds: option.compatibleTariffs.map((c) => c.tariffId),
  };
}

/** The account's paid, active options with what the rules need (subscriptions not ended). */
export async function loadActiveSubscriptions(db: Db | Tx, accountId: string) {
  const subscriptions = await db.optionSubscription.findMany({
    where: { accountId, disconnectedAt: null },
    include: { option: { include: optionRulesInclude } },
    orderBy: { connectedAt: "asc" },
  });
  return subscriptions.map((s) => ({
    subscriptionId: s.id,
    connectedAt: s.connectedAt,
    option: s.option,
    rules: toOptionRules(s.option),
  }));
}
