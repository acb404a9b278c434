import { Link } from "@/components/ui/link";
import { LedgerEntryType } from "@/server/generated/prisma/enums";
import type { PeriodProblem } from "@/server/domain/payments/ledger-period";
import { getTranslator } from "@/i18n/server";
import { ledgerHref, type LedgerParams } from "./ledger-params";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

/** A plain GET form: filters end up in the URL and work without JavaScript. */
export async function LedgerFilters({
  params,
  problem,
}: {
  params: LedgerParams;
  problem: { field: "from" | "to"; problem: PeriodProblem } | null;
}) {
  const { t } = await getTranslator();
  const input = controlClasses;
  const invalid = (field: "from" | "to") => problem?.field === field;
  return (
    <form
      action="/account/payments#ledger"
      method="get"
      aria-label={t("payments.filters")}
      className="mt-3 grid gap-3 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-end"
    >
      <label className="block text-sm">
        {t("payments.filterType")}
        <select name="type" defaultValue={params.type ?? ""} className={input}>
          <option value="">{t("payments.typeAll")}</option>
          {Object.values(LedgerEntryType).map((type) => (
            <option key={type} value={type}>
              {t(`payments.filter${type}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="block text-sm">
        {t("payments.filterFrom")}
        <input
          type="date"
          name="from"
          defaultValue={params.from}
          min="2000-01-01"
          aria-invalid={invalid("from") || undefined}
          aria-describedby={invalid("from") ? "period-problem" : undefined}
          className={input}
        />
      </label>
      <label className="block text-sm">
        {t("payments.filterTo")}
        <input
          type="date"
          name="to"
          defaultValue={params.to}
          min="2000-01-01"
          aria-invalid={invalid("to") || undefined}
          aria-describedby={invalid("to") ? "period-problem" : undefined}
          className={input}
        />
      </label>
      <div className="flex gap-2">
        <button type="submit" className={buttonClasses()}>
          {t("payments.filterApply")}
        </button>
        <Link href={ledgerHref({ page: 1 })} className={buttonClasses({ variant: "secondary" })}>
          {t("payments.filterReset")}
        </Link>
      </div>
      {problem && (
        <p id="period-problem" role="alert" className="text-sm text-danger sm:col-span-4">
          {t(`payments.period${problem.problem}`)} {t("payments.periodIgnored")}
        </p>
      )}
    </form>
  );
}
