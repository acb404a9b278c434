import type { Db } from "@/server/db-client";
import type { Tx } from "@/server/domain/account/with-account-lock";
import { getBalance } from "@/server/domain/account/balance";
import { AppError } from "@/server/domain/errors";
import { loadActiveSubscriptions, optionRulesInclude, toOptionRules } from "./load-option-rules";
import { planOptionConnect } from "./plan-option-connect";

/** Everything connecting an option depends on, planned; used for the preview and inside the change. */
export async function loadOptionConnect(db: Db | Tx, accountId: string, optionId: string, replace: boolean, now: Date) {
  const [account, option] = await Promise.all([
    db.subscriberAccount.findUnique({
      where: { id: accountId },
      include: { tariff: { include: { includedOptions: { select: { optionId: true } } } } },
    }),
    db.option.findUnique({ where: { id: optionId }, include: optionRulesInclude }),
  ]);
  if (!account || !option) throw new AppError("NOT_FOUND");
  const [subscriptions, balance] = await Promise.all([
    loadActiveSubscriptions(db, accountId),
    getBalance(db, accountId),
  ]);
  const plan = planOptionConnect({
    option: { ...toOptionRules(option), connectionFee: option.connectionFee, monthlyFee: option.monthlyFee },
    tariffId: account.tariffId,
    includedOptionIds: account.tariff.includedOptions.map((o) => o.optionId),
    active: subscriptions.map((s) => s.rules),
    balance,
    replace,
    now,
  });
  return { account, option, subscriptions, balance, plan };
}
