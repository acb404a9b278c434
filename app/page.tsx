import Link from "next/link";
import { getTranslator } from "@/i18n/server";
import { BannerSlot } from "@/components/banners/banner-slot";

export default async function LandingPage() {
  const { t } = await getTranslator();
  const features = ["balance", "tariff", "topUp", "recover"] as const;
  return (
    <div className="space-y-8">
      <section className="rounded-2xl bg-brand-900 px-6 py-10 text-white">
        <h1 className="text-2xl font-bold sm:text-3xl">{t("landing.title")}</h1>
        <p className="mt-3 max-w-2xl text-brand-100">{t("landing.lead")}</p>
        <Link
          href="/account"
          className="mt-6 inline-block rounded-md bg-white px-4 py-2 font-medium text-brand-900 hover:bg-brand-50"
        >
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
          fallback={<p className="mt-2 text-slate-600">{t("landing.noOffers")}</p>}
        />
      </section>
      <section aria-labelledby="features-title">
        <h2 id="features-title" className="text-xl font-semibold">
          {t("landing.featuresTitle")}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {features.map((key) => (
            <li key={key} className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
              {t(`landing.features.${key}`)}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
