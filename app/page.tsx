import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";
import { BannerSlot } from "@/components/banners/banner-slot";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

export default async function LandingPage() {
  const { t } = await getTranslator();
  const features = ["balance", "tariff", "topUp", "recover"] as const;
  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-brand-900 px-6 py-10 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("landing.title")}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">{t("landing.lead")}</p>
        <Link href="/account" className={cn(buttonClasses({ variant: "inverse", size: "lg" }), "mt-6")}>
          {t("landing.cta")}
        </Link>
      </section>
      {/* The landing hero placement: banners are placed here by marketers. */}
      <section aria-labelledby="offers-title" data-placement="LANDING_HERO">
        <h2 id="offers-title" className="text-xl font-semibold">
          {t("landing.offersTitle")}
        </h2>
        <BannerSlot
          placement="LANDING_HERO"
          className="mt-3"
          fallback={<p className="mt-2 text-muted">{t("landing.noOffers")}</p>}
        />
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="text-xl font-semibold">
          {t("landing.featuresTitle")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {features.map((key) => (
            <li key={key} className="rounded-lg bg-surface p-4 ring-1 ring-line-soft">
              {t(`landing.features.${key}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
