import type { TariffCatalogue as Catalogue } from "@/server/domain/tariffs/get-tariff-catalogue";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { PageHints } from "@/components/hints/page-hints";
import { ChangeTariffButton } from "./change-tariff-button";
import { describeQuota, gigabytes } from "./quota";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

export async function TariffCatalogue({ catalogue }: { catalogue: Catalogue }) {
  const { locale, t } = await getTranslator();
  const name = (x: { name: string; nameEn: string }) => (locale === "ru" ? x.name : x.nameEn);
  const { current, usage, recommendation } = catalogue;
  const recommended = recommendation && catalogue.tariffs.find((x) => x.id === recommendation.tariffId);
  return (
    <div className="space-y-6">
      <h1 className="text-title">{t("tariffs.title")}</h1>
      <PageHints page="tariffs" />
      <section aria-labelledby="current-tariff" className={cardClasses()}>
        <h2 id="current-tariff" className="text-sm font-medium text-muted">
          {t("tariffs.current")}
        </h2>
        <p className="mt-1 text-xl font-semibold" data-testid="current-tariff">
          {name(current)}
        </p>
        <p className="text-sm text-muted">
          {t("tariffs.perMonth", { amount: formatMoney(current.monthlyFee, locale) })} ·{" "}
          {describeQuota(t, current).join(" · ")}
        </p>
        <p className="mt-3 text-sm">
          {t("tariffs.yourUsage", { minutes: usage.minutes, gb: gigabytes(usage.mb), sms: usage.sms })}
        </p>
        {recommendation && recommended && (
          <p className={cn(noticeClasses({ tone: "success" }), "mt-3 text-sm")} data-testid="recommendation">
            {recommendation.kind === "CHEAPER"
              ? t("tariffs.recommendCheaper", {
                  gb: gigabytes(usage.mb),
                  name: name(recommended),
                  amount: formatMoney(recommendation.savingPerMonth, locale),
                })
              : t("tariffs.recommendCovers", {
                  name: name(recommended),
                  amount: formatMoney(recommendation.extraPerMonth, locale),
                })}
          </p>
        )}
      </section>
      <section aria-labelledby="catalogue-title">
        <h2 id="catalogue-title" className="mb-3 text-heading">
          {t("tariffs.catalogue")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {catalogue.tariffs
            .filter((x) => x.id !== current.id)
            .map((tariff) => {
              const difference = tariff.monthlyFee - current.monthlyFee;
              return (
                <li
                  key={tariff.id}
                  className={cn(cardClasses(), "flex flex-col")}
                  data-testid={`tariff-${tariff.code}`}
                >
                  <h3 className="text-heading">{name(tariff)}</h3>
                  <p className="text-sm text-muted">{locale === "ru" ? tariff.description : tariff.descriptionEn}</p>
                  <p className="mt-2 font-medium">
                    {t("tariffs.perMonth", { amount: formatMoney(tariff.monthlyFee, locale) })}
                  </p>
                  <p className="text-sm">{describeQuota(t, tariff).join(" · ")}</p>
                  <p className="mt-1 text-sm text-muted">
                    {t("tariffs.compare")}:{" "}
                    <span className={difference > 0 ? "text-danger" : "text-success"}>
                      {difference > 0 ? "+" : ""}
                      {t("tariffs.difference", { amount: formatMoney(difference, locale) })}
                    </span>
                  </p>
                  <div className="mt-auto pt-3">
                    <ChangeTariffButton tariffId={tariff.id} tariffName={name(tariff)} />
                  </div>
                </li>
              );
            })}
        </ul>
      </section>
    </div>
  );
}
