import type { AccountOptions } from "@/server/domain/options/list-account-options";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { PageHints } from "@/components/hints/page-hints";
import { ConnectOptionButton } from "./connect-option-button";
import { DisconnectOptionButton } from "./disconnect-option-button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";

export async function OptionLists({ options }: { options: AccountOptions }) {
  const { locale, t } = await getTranslator();
  const name = (x: { name: string; nameEn: string }) => (locale === "ru" ? x.name : x.nameEn);
  const money = (k: number) => formatMoney(k, locale);
  return (
    <div className="space-y-6">
      <h1 className="text-title">{t("options.title")}</h1>
      <PageHints page="options" />
      <section aria-labelledby="connected-title" className={cardClasses()}>
        <h2 id="connected-title" className="text-heading">
          {t("options.connected")}
        </h2>
        {options.connected.length === 0 ? (
          <p className="mt-2 text-muted">{t("options.none")}</p>
        ) : (
          <ul className="mt-2 divide-y divide-line-soft" data-testid="connected-options">
            {options.connected.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
                <span>
                  <span className="font-medium">{name(o)}</span>
                  <span className="block text-sm text-muted">
                    {o.includedInTariff
                      ? t("options.includedInTariff")
                      : t("options.monthly", { amount: money(o.monthlyFee) })}
                  </span>
                </span>
                {!o.includedInTariff && <DisconnectOptionButton optionId={o.id} optionName={name(o)} />}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="available-title">
        <h2 id="available-title" className="mb-3 text-heading">
          {t("options.available")}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2" data-testid="available-options">
          {options.available.map((o) => (
            <li key={o.id} className={cn(cardClasses(), "flex flex-col")} data-testid={`option-${o.code}`}>
              <h3 className="font-semibold">{name(o)}</h3>
              <p className="text-sm text-muted">{locale === "ru" ? o.description : o.descriptionEn}</p>
              <p className="mt-2 text-sm">
                {t("options.connectionFee", {
                  amount: o.connectionFee > 0 ? money(o.connectionFee) : t("options.free"),
                })}{" "}
                · {t("options.monthly", { amount: money(o.monthlyFee) })}
              </p>
              {o.refusal === "OPTION_INCOMPATIBLE" && (
                <p className="mt-2 text-sm text-warning">
                  {t("options.needsTariff", { names: o.compatibleTariffs.map(name).join(", ") })}
                </p>
              )}
              {o.replaces.length > 0 && (
                <p className="mt-2 text-sm text-muted">
                  {t("options.replaces", { names: o.replaces.map(name).join(", ") })}
                </p>
              )}
              <div className="mt-auto pt-3">
                {o.refusal !== "OPTION_INCOMPATIBLE" && <ConnectOptionButton optionId={o.id} optionName={name(o)} />}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
