import { getTranslator } from "@/i18n/server";
import { intlLocale, TIME_ZONE } from "@/i18n/format";
import type { StatementMonth } from "@/server/domain/statements/statement-month";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";

/** A month of `months` (the current one first) and a format: a plain GET form whose answer is the file, so it works without JavaScript. */
export async function StatementDownloads({ months }: { months: StatementMonth[] }) {
  const { locale, t } = await getTranslator();
  const monthName = new Intl.DateTimeFormat(intlLocale(locale), {
    timeZone: TIME_ZONE,
    month: "long",
    year: "numeric",
  });
  return (
    <form
      action="/account/payments/statement"
      method="get"
      aria-label={t("statements.sectionTitle")}
      className="mt-3 flex flex-wrap items-end gap-3"
    >
      <label className="block min-w-48 text-sm">
        {t("statements.monthLabel")}
        {/* The previous month by default: the current one is not over yet. */}
        <select name="month" defaultValue={months[1]?.key} className={controlClasses}>
          {months.map((m) => (
            <option key={m.key} value={m.key}>
              {monthName.format(m.from)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" name="format" value="pdf" className={buttonClasses({ variant: "secondary" })}>
        {t("statements.downloadPdf")}
      </button>
      <button type="submit" name="format" value="csv" className={buttonClasses({ variant: "secondary" })}>
        {t("statements.downloadCsv")}
      </button>
    </form>
  );
}
