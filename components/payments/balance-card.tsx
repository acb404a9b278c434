import type { ReactNode } from "react";
import type { BalanceOverview } from "@/server/domain/payments/get-balance-overview";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { BalanceForecast } from "./balance-forecast";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

/**
 * The balance as the first thing a subscriber sees: a large figure on the brand colour (red when in debt),
 * the account's status, an optional action, and the forecast below.
 */
export async function BalanceCard({
  overview,
  title,
  testId,
  action,
}: {
  overview: BalanceOverview;
  title: string;
  testId: string;
  action?: ReactNode;
}) {
  const { locale, t } = await getTranslator();
  const blocked = overview.status === "BLOCKED_FOR_DEBT";
  const inDebt = overview.balance < 0;
  return (
    <section aria-labelledby={`${testId}-title`} className={cn(cardClasses({ padding: "none" }), "overflow-hidden")}>
      <div className={`p-5 text-white ${inDebt ? "bg-danger-fill" : "bg-linear-to-br from-brand-600 to-brand-800"}`}>
        <div className="flex items-center justify-between gap-3">
          <h2 id={`${testId}-title`} className="text-sm font-medium text-white/85">
            {title}
          </h2>
          <p
            data-testid="account-status"
            className="inline-flex items-center gap-1.5 rounded-full bg-white/15 px-2.5 py-0.5 text-xs font-medium"
          >
            <span className="sr-only">{t("account.status")}: </span>
            <span aria-hidden="true" className={`size-2 rounded-full ${blocked ? "bg-red-300" : "bg-emerald-300"}`} />
            {blocked ? t("account.statusBlocked") : t("account.statusActive")}
          </p>
        </div>
        <p data-testid={testId} elementtiming={testId} className="mt-2 text-figure tabular-nums">
          {formatMoney(overview.balance, locale)}
        </p>
        {action && <div className="mt-4">{action}</div>}
      </div>
      <div className="px-5 pb-5 pt-2">
        <BalanceForecast overview={overview} />
      </div>
    </section>
  );
}
