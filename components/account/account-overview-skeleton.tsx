import { getTranslator } from "@/i18n/server";
import { cardClasses } from "@/components/ui/card";

const bar = "motion-safe:animate-pulse rounded bg-line-soft";

/**
 * The account overview's frame while the balance is read: the page goes out at once with it, so the browser loads
 * styles and scripts while the server reads, and the cards keep their place when the figures arrive.
 */
export async function AccountOverviewSkeleton() {
  const { t } = await getTranslator();
  return (
    <div className="space-y-4 sm:space-y-6" aria-busy="true">
      <p role="status" className="sr-only">
        {t("account.loading")}
      </p>
      <header aria-hidden="true">
        <div className={`${bar} h-7 w-3/4 sm:h-8`} />
        <div className={`${bar} mt-2 h-4 w-1/2`} />
      </header>
      <div className="grid gap-4 sm:grid-cols-2" aria-hidden="true">
        <div className={`${cardClasses({ padding: "none" })} overflow-hidden`}>
          <div className="h-44 bg-linear-to-br from-brand-600 to-brand-800 p-5">
            <p className="text-sm font-medium text-white/85">{t("account.balance")}</p>
          </div>
          <div className="h-24" />
        </div>
        <div className={`${cardClasses()} h-44`}>
          <p className="text-sm font-medium text-muted">{t("account.tariff")}</p>
          <div className={`${bar} mt-2 h-7 w-1/2`} />
        </div>
      </div>
    </div>
  );
}
