import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { AccountSummary } from "@/server/domain/account/get-account-summary";
import type { BalanceOverview } from "@/server/domain/payments/get-balance-overview";
import { BalanceCard } from "@/components/payments/balance-card";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";

/**
 * The balance first (with its status, "top up" and, when offered, the promised payment), then the tariff with
 * what is left of its package, then `children` (hints, banner), then options.
 */
export async function AccountOverview({
  summary,
  overview,
  packageUsage,
  promisedPaymentLink,
  children,
}: {
  summary: AccountSummary;
  overview: BalanceOverview;
  /** What is left of the package, under the tariff: streamed by the page, so it never delays the balance. */
  packageUsage?: ReactNode;
  /** The promised payment, next to "top up" when it may be taken now; streamed like the package. */
  promisedPaymentLink?: ReactNode;
  children?: ReactNode;
}) {
  const { locale, t } = await getTranslator();
  const name = (item: { name: string; nameEn: string }) => (locale === "ru" ? item.name : item.nameEn);
  return (
    <div className="space-y-4 sm:space-y-6">
      <header>
        <h1 className="text-xl font-semibold sm:text-2xl">{t("account.greeting", { name: summary.fullName })}</h1>
        <dl className="mt-1 flex flex-wrap gap-x-4 text-xs text-muted sm:text-sm">
          <div className="flex gap-1">
            <dt>{t("account.accountNumber")}:</dt>
            <dd data-testid="account-number">{summary.accountNumber}</dd>
          </div>
          <div className="flex gap-1">
            <dt>{t("account.phone")}:</dt>
            <dd>{summary.phone}</dd>
          </div>
        </dl>
      </header>
      <div className="grid gap-4 sm:grid-cols-2">
        <BalanceCard
          overview={overview}
          title={t("account.balance")}
          testId="balance"
          action={
            <div className="flex flex-wrap gap-2">
              <Link href="/account/payments#top-up" className={buttonClasses({ variant: "inverse", size: "lg" })}>
                {t("payments.topUpLink")}
              </Link>
              {promisedPaymentLink}
            </div>
          }
        />
        <section aria-labelledby="tariff-title" className={cardClasses()}>
          <h2 id="tariff-title" className="text-sm font-medium text-muted">
            {t("account.tariff")}
          </h2>
          <p data-testid="tariff" className="mt-1 text-2xl font-bold text-brand-ink">
            {name(summary.tariff)}
          </p>
          <p className="text-sm text-muted">
            {t("account.perMonth", { amount: formatMoney(summary.tariff.monthlyFee, locale) })}
          </p>
          {packageUsage}
        </section>
      </div>
      {children}
      <section aria-labelledby="options-title" className={cardClasses()}>
        <h2 id="options-title" className="text-heading">
          {t("account.options")}
        </h2>
        {summary.options.length === 0 ? (
          <p className="mt-2 text-muted">{t("account.noOptions")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line-soft" data-testid="options">
            {summary.options.map((option) => (
              <li key={option.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>{name(option)}</span>
                <span className="text-sm text-muted">
                  {option.includedInTariff
                    ? t("account.includedInTariff")
                    : t("account.perMonth", { amount: formatMoney(option.monthlyFee, locale) })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
