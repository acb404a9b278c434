import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { FunnelChart, FunnelDays } from "@/components/banners/funnel-chart";
import { FunnelFilter } from "@/components/banners/funnel-filter";
import { funnelExportHref, readFunnelParams } from "@/components/banners/funnel-params";
import { metricFormat } from "@/i18n/metric-format";
import type { SearchParams } from "@/components/payments/ledger-params";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { CONVERSION_WINDOW_DAYS } from "@/server/domain/banners/banner-funnel";
import { metricsPeriodProblem } from "@/server/domain/metrics/metrics-range";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { cardClasses } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("bannerFunnel.title") };
}

const card = cardClasses();

/** A banner's funnel for marketers: impressions → clicks → chats → sales, rates, days and CSV. */
export default async function BannerFunnelPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireStaffWithRole("/admin/banners/funnel", ["MARKETER", "ADMIN"]);
  const { locale, t } = await getTranslator();
  const f = metricFormat(locale, t);
  const { bannerId, ...asked } = readFunnelParams(await searchParams);
  // A bad period is explained next to the form; the default period is shown meanwhile.
  const problem = metricsPeriodProblem(asked, new Date());
  const report = await (
    await createServerCaller()
  ).bannerFunnel
    .report({ bannerId, ...(problem ? {} : asked) })
    .catch((error: unknown) => {
      if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
      throw error;
    });
  const { funnel, period } = report;

  return (
    <ClientMessages namespaces={["bannerFunnel", "metrics"]}>
      <div className="space-y-6">
        <header>
          <h1 className="text-title">{t("bannerFunnel.title")}</h1>
          {funnel && (
            <p className="mt-1 text-sm text-muted" data-testid="banner-funnel-period">
              {t("bannerFunnel.lead", {
                banner: funnel.banner.title,
                from: f.day(period.from, "long"),
                to: f.day(period.to, "long"),
              })}
            </p>
          )}
        </header>
        {!funnel ? (
          <p className={card}>{t("bannerFunnel.noBanners")}</p>
        ) : (
          <>
            <FunnelFilter
              banners={report.banners}
              bannerId={funnel.banner.id}
              days={problem ? { from: asked.from ?? period.from, to: asked.to ?? period.to } : period}
              problem={problem}
            />
            <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
              <section aria-labelledby="funnel-steps-title" className={card}>
                <h2 id="funnel-steps-title" className="text-heading">
                  {t("bannerFunnel.funnelTitle")}
                </h2>
                <FunnelChart funnel={funnel} />
              </section>
              <section aria-labelledby="funnel-rates-title" className={card}>
                <h2 id="funnel-rates-title" className="text-heading">
                  {t("bannerFunnel.ratesTitle")}
                </h2>
                <dl className="mt-3 space-y-3">
                  <div>
                    <dt className="text-sm text-muted">{t("bannerFunnel.clickThroughRate")}</dt>
                    <dd className="text-2xl font-semibold" data-testid="banner-funnel-ctr">
                      {f.share(funnel.clickThroughRate)}
                    </dd>
                  </div>
                  <div>
                    <dt className="text-sm text-muted">{t("bannerFunnel.conversionRate")}</dt>
                    <dd className="text-2xl font-semibold" data-testid="banner-funnel-conversion">
                      {f.share(funnel.conversionRate)}
                    </dd>
                  </div>
                </dl>
                <p className="mt-3 text-sm text-muted">
                  {t("bannerFunnel.conversionNote", { days: CONVERSION_WINDOW_DAYS })}
                </p>
                <a
                  href={funnelExportHref(funnel.banner.id, period)}
                  download
                  className="mt-3 inline-block text-sm text-brand-ink hover:underline"
                >
                  {t("bannerFunnel.exportCsv")}
                </a>
              </section>
            </div>
            <section aria-labelledby="funnel-days-title" className={card}>
              <h2 id="funnel-days-title" className="text-heading">
                {t("bannerFunnel.dailyTitle")}
              </h2>
              <FunnelDays funnel={funnel} />
            </section>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
