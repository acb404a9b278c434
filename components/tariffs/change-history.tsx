import type { listChangeHistory } from "@/server/domain/tariffs/list-change-history";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";
import { cardClasses } from "@/components/ui/card";

type History = Awaited<ReturnType<typeof listChangeHistory>>;

export async function ChangeHistory({ history }: { history: History }) {
  const { locale, t } = await getTranslator();
  const name = (x: { name: string; nameEn: string } | null) => (x ? (locale === "ru" ? x.name : x.nameEn) : "—");
  return (
    <section aria-labelledby="history-title" className={cardClasses()}>
      <h2 id="history-title" className="text-heading">
        {t("tariffs.history")}
      </h2>
      {history.items.length === 0 ? (
        <p className="mt-2 text-muted">{t("tariffs.noHistory")}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line-soft text-sm" data-testid="change-history">
          {history.items.map((item) => (
            <li key={item.id} className="flex flex-wrap justify-between gap-2 py-2">
              <span>
                {item.kind === "TARIFF_CHANGE"
                  ? t("tariffs.historyTariff", { from: name(item.fromTariff), to: name(item.toTariff) })
                  : item.kind === "OPTION_CONNECT"
                    ? t("tariffs.historyConnect", { name: name(item.option) })
                    : t("tariffs.historyDisconnect", { name: name(item.option) })}
                {item.byOperator && <span className="text-muted"> ({t("tariffs.byOperator")})</span>}
              </span>
              <span className="text-muted">
                {item.createdAt.toLocaleString(locale, {
                  dateStyle: "medium",
                  timeStyle: "short",
                  timeZone: "Europe/Moscow",
                })}
                {item.chargedAmount > 0 &&
                  ` · ${t("tariffs.charged", { amount: formatMoney(item.chargedAmount, locale) })}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
