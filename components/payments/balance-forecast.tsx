import type { BalanceOverview } from "@/server/domain/payments/get-balance-overview";
import { formatMoney } from "@/i18n/format";
import { getTranslator } from "@/i18n/server";

const moscowDate = { day: "numeric", month: "long", timeZone: "Europe/Moscow" } as const;

/** The next monthly charge and how long the balance lasts, computed from the ledger. */
export async function BalanceForecast({ overview }: { overview: BalanceOverview }) {
  const { locale, t } = await getTranslator();
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const { nextCharge, forecast } = overview;
  return (
    <div className="mt-3 space-y-1 text-sm text-muted">
      <p data-testid="next-charge">
        {t("payments.nextCharge", {
          date: nextCharge.at.toLocaleDateString(locale, moscowDate),
          amount: money(nextCharge.amount),
        })}
        {nextCharge.optionsFee > 0 && (
          <span className="text-muted">
            {" "}
            (
            {t("payments.nextChargeParts", {
              tariff: money(nextCharge.tariffFee),
              options: money(nextCharge.optionsFee),
            })}
            )
          </span>
        )}
      </p>
      <p data-testid="forecast" className={forecast.kind === "EXHAUSTED" ? "font-medium text-danger" : undefined}>
        {forecast.kind === "UNTIL"
          ? t("payments.forecastUNTIL", {
              daily: money(forecast.dailySpend),
              date: forecast.until.toLocaleDateString(locale, moscowDate),
            })
          : forecast.kind === "OVER_A_YEAR"
            ? t("payments.forecastOVER_A_YEAR", { daily: money(forecast.dailySpend) })
            : t(`payments.forecast${forecast.kind}`)}
      </p>
    </div>
  );
}
