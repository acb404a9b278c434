import type { Metadata } from "next";
import { BalanceCard } from "@/components/payments/balance-card";
import { LedgerFilters } from "@/components/payments/ledger-filters";
import { readLedgerParams, type SearchParams } from "@/components/payments/ledger-params";
import { LedgerTable } from "@/components/payments/ledger-table";
import { SpendingChart } from "@/components/payments/spending-chart";
import { StatementDownloads } from "@/components/payments/statement-downloads";
import { TopUpForm } from "@/components/payments/top-up-form";
import { PromisedPaymentCard } from "@/components/promised-payments/promised-payment-card";
import { AutopayCard } from "@/components/autopay/autopay-card";
import { env } from "@/server/env.mjs";
import { autopayRulesFrom } from "@/server/domain/autopay/autopay-rules";
import { PageHints } from "@/components/hints/page-hints";
import { requireSubscriber } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { periodProblem } from "@/server/domain/payments/ledger-period";
import { statementMonths } from "@/server/domain/statements/statement-month";
import { getPaymentProvider } from "@/server/domain/payments/payment-provider";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("payments.title") };
}

/** Balance, top-up, the promised payment and autopay, the ledger with filters in the URL, and spending by category. */
export default async function PaymentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireSubscriber("/account/payments");
  const { t } = await getTranslator();
  const params = readLedgerParams(await searchParams);
  // A bad period is explained next to the filters; the history is still shown, without it.
  const problem = periodProblem(params.from, params.to, new Date());
  const query = { type: params.type, page: params.page, ...(problem ? {} : { from: params.from, to: params.to }) };
  const caller = await createServerCaller();
  const [overview, firstTry, spending, promised, autopay] = await Promise.all([
    caller.payments.overview(),
    caller.payments.ledger(query),
    caller.payments.spending(),
    caller.promisedPayments.state(),
    caller.autopay.state(),
  ]);
  // A page number past the end (an old link) shows the last page instead of nothing.
  const ledger =
    firstTry.page > firstTry.pages ? await caller.payments.ledger({ ...query, page: firstTry.pages }) : firstTry;

  return (
    <ClientMessages namespaces={["payments", "promisedPayments", "autopay", "ledger", "hints"]}>
      <div className="space-y-6">
        <h1 className="text-title">{t("payments.title")}</h1>
        <div className="grid gap-4 md:grid-cols-2">
          <BalanceCard overview={overview} title={t("payments.balance")} testId="payments-balance" />
          <section id="top-up" aria-labelledby="top-up-title" className={cn(cardClasses(), "scroll-mt-4")}>
            <h2 id="top-up-title" className="mb-3 text-heading">
              {t("payments.topUpTitle")}
            </h2>
            <TopUpForm demo={getPaymentProvider().name === "demo"} blocked={overview.status === "BLOCKED_FOR_DEBT"} />
          </section>
          <PromisedPaymentCard state={promised} />
          <AutopayCard
            state={autopay}
            maxAttempts={autopayRulesFrom(env()).maxAttempts}
            demo={getPaymentProvider().name === "demo"}
          />
        </div>
        {/* Below the balance and the top-up, as on /account: the first screen of a phone is for the money. */}
        <PageHints page="payments" />
        <section id="ledger" aria-labelledby="ledger-title" className={cn(cardClasses(), "scroll-mt-4")}>
          <h2 id="ledger-title" className="text-heading">
            {t("payments.ledgerTitle")}
          </h2>
          <LedgerFilters params={params} problem={problem} />
          <LedgerTable ledger={ledger} params={{ ...params, ...(problem ? { from: undefined, to: undefined } : {}) }} />
        </section>
        <section aria-labelledby="statements-title" className={cardClasses()}>
          <h2 id="statements-title" className="text-heading">
            {t("statements.sectionTitle")}
          </h2>
          <p className="text-sm text-muted">{t("statements.sectionLead")}</p>
          <StatementDownloads months={statementMonths(new Date())} />
        </section>
        <section aria-labelledby="spending-title" className={cardClasses()}>
          <h2 id="spending-title" className="text-heading">
            {t("payments.spendingTitle")}
          </h2>
          <p className="text-sm text-muted">{t("payments.spendingLead")}</p>
          <SpendingChart spending={spending} />
        </section>
      </div>
    </ClientMessages>
  );
}
