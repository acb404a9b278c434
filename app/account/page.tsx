import type { Metadata } from "next";
import { Suspense } from "react";
import { AccountOverview } from "@/components/account/account-overview";
import { AccountPackageUsage } from "@/components/account/package-usage";
import { PromisedPaymentLink } from "@/components/promised-payments/promised-payment-link";
import { PageHints } from "@/components/hints/page-hints";
import { BannerSlot } from "@/components/banners/banner-slot";
import { requireSubscriber } from "@/server/auth/session";
import { getTranslator } from "@/i18n/server";
import { createServerCaller } from "@/server/api/server-caller";
import { ClientMessages } from "@/i18n/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("account.title") };
}

export default async function AccountPage() {
  await requireSubscriber("/account");
  const caller = await createServerCaller();
  // Only what the balance and the tariff need is awaited; the package and the promised payment stream in after.
  // No Suspense boundary around the balance: React reveals a streamed boundary at most every 300 ms, so a
  // skeleton would hold the balance back behind the account tabs' unread count.
  const [summary, overview] = await Promise.all([caller.account.mySummary(), caller.payments.overview()]);
  return (
    <ClientMessages namespaces={["account", "payments", "hints"]}>
      <>
        <AccountOverview
          summary={summary}
          overview={overview}
          packageUsage={
            <Suspense fallback={null}>
              <AccountPackageUsage />
            </Suspense>
          }
          promisedPaymentLink={
            <Suspense fallback={null}>
              <PromisedPaymentLink />
            </Suspense>
          }
        >
          {/* Below the balance and the tariff: streamed after them, so choosing hints and banners never delays the balance. */}
          <Suspense>
            <PageHints page="account" />
            <BannerSlot placement="ACCOUNT_HOME" />
          </Suspense>
        </AccountOverview>
      </>
    </ClientMessages>
  );
}
