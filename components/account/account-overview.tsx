import Link from "next/link";
import type { AccountSummary } from "@/server/domain/account/get-account-summary";
import type { BalanceOverview } from "@/server/domain/payments/get-balance-overview";
import { BalanceForecast } from "@/components/payments/balance-forecast";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";

export async function AccountOverview({ summary, overview }: { summary: AccountSummary; overview: BalanceOverview }) {
  const { locale, t } = await getTranslator();
  const name = (item: { name: string; nameEn: string }) => (locale === "ru" ? item.name : item.nameEn);
  const blocked = summary.status === "BLOCKED_FOR_DEBT";
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{t("account.greeting", { name: summary.fullName })}</h1>
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
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
        <section aria-labelledby="balance-title" className="rounded-xl bg-white p-5 ring-1 ring-slate-200">
          <h2 id="balance-title" className="text-sm font-medium text-slate-600">
            {t("account.balance")}
          </h2>
          <p data-testid="balance" className={`mt-1 text-3xl font-bold ${summary.balance < 0 ? "text-red-700" : ""}`}>
            {formatMoney(summary.balance, locale)}
          </p>
          <p className="mt-2 text-sm">
            {t("account.status")}:{" "}
            <span className={blocked ? "font-medium text-red-700" : "text-emerald-700"}>
              {blocked ? t("account.statusBlocked") : t("account.statusActive")}
            </span>
          </p>
          <BalanceForecast overview={overview} />
          <Link
            href="/account/payments#top-up"
            className="mt-3 inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("payments.topUpLink")}
          </Link>
        </section>
        <section aria-labelledby="tariff-title" className="rounded-xl bg-white p-5 ring-1 ring-slate-200">
          <h2 id="tariff-title" className="text-sm font-medium text-slate-600">
            {t("account.tariff")}
          </h2>
          <p data-testid="tariff" className="mt-1 text-xl font-semibold">
            {name(summary.tariff)}
          </p>
          <p className="text-sm text-slate-600">
            {t("account.perMonth", { amount: formatMoney(summary.tariff.monthlyFee, locale) })}
          </p>
        </section>
      </div>
      <section aria-labelledby="options-title" className="rounded-xl bg-white p-5 ring-1 ring-slate-200">
        <h2 id="options-title" className="text-lg font-semibold">
          {t("account.options")}
        </h2>
        {summary.options.length === 0 ? (
          <p className="mt-2 text-slate-600">{t("account.noOptions")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-slate-100" data-testid="options">
            {summary.options.map((option) => (
              <li key={option.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span>{name(option)}</span>
                <span className="text-sm text-slate-600">
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
