import { getTranslator } from "@/i18n/server";
import { formatMoney, intlLocale, TIME_ZONE } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import type { Translate } from "@/i18n/translator";
import type { CatalogueChange, ChangedField } from "@/server/domain/catalogue/list-catalogue-changes";
import { cardClasses } from "@/components/ui/card";
import { formatDay, formatGb } from "./catalogue-format";

const MONEY = new Set(["monthlyFee", "connectionFee"]);
const COUNTS = new Set(["includedMinutes", "includedSms", "extraMinutes", "extraSms"]);
const MEGABYTES = new Set(["includedMb", "extraMb"]);

/** The label of a stored field: the form's own label where the form has the field. */
function fieldLabel(t: Translate, kind: "tariff" | "option", field: string): string {
  switch (field) {
    case "code":
      return t("catalogue.history.codeField");
    case "isArchived":
      return t("catalogue.history.statusField");
    case "scheduledFee":
      return t("catalogue.history.scheduledFeeField");
    case "compatibleTariffIds":
      return t("catalogue.history.compatibleField");
    case "includedInTariffIds":
      return t("catalogue.history.includedField");
    case "includedMb":
      return t("catalogue.tariffs.field.includedGb");
    case "extraMb":
      return t("catalogue.options.field.extraGb");
    case "extraMinutes":
    case "extraSms":
      return t(`catalogue.options.field.${field}`);
    case "connectionFee":
    case "exclusiveGroup":
      return t(`catalogue.options.field.${field}`);
    case "monthlyFee":
      return t(kind === "tariff" ? "catalogue.tariffs.field.monthlyFee" : "catalogue.options.field.monthlyFee");
    case "name":
    case "nameEn":
    case "description":
    case "descriptionEn":
    case "includedMinutes":
    case "includedSms":
      return t(`catalogue.tariffs.field.${field}`);
    default:
      return field;
  }
}

/** A stored value as people read it: money, gigabytes, tariff names instead of ids, dates in Moscow. */
function valueText(t: Translate, locale: Locale, tariffNames: Map<string, string>, field: string, value: unknown) {
  if (value === null || value === undefined || value === "") return t("catalogue.history.emptyValue");
  if (MONEY.has(field) && typeof value === "number") return formatMoney(value, locale);
  if (MEGABYTES.has(field) && typeof value === "number") return formatGb(value, locale);
  if (COUNTS.has(field) && typeof value === "number") return new Intl.NumberFormat(intlLocale(locale)).format(value);
  if (field === "isArchived") return t(value ? "catalogue.history.archivedYes" : "catalogue.history.archivedNo");
  if (Array.isArray(value)) {
    return value.length === 0
      ? t("catalogue.history.emptyValue")
      : value.map((id) => tariffNames.get(String(id)) ?? String(id)).join(", ");
  }
  if (field === "scheduledFee" && typeof value === "object") {
    const fee = value as { monthlyFee?: unknown; effectiveFrom?: unknown };
    if (typeof fee.monthlyFee === "number" && typeof fee.effectiveFrom === "string")
      return t("catalogue.history.scheduledFee", {
        amount: formatMoney(fee.monthlyFee, locale),
        date: formatDay(fee.effectiveFrom, locale),
      });
  }
  return String(value);
}

/** Who changed a tariff or an option, when, and each field's value before and after, from the audit log. */
export async function ChangeHistory({
  kind,
  changes,
  tariffNames,
}: {
  kind: "tariff" | "option";
  changes: CatalogueChange[];
  tariffNames: Map<string, string>;
}) {
  const { t, locale } = await getTranslator();
  const line = (c: CatalogueChange, f: ChangedField) => {
    const field = fieldLabel(t, kind, f.field);
    const after = valueText(t, locale, tariffNames, f.field, f.after);
    return c.kind === "create"
      ? t("catalogue.history.created", { field, after })
      : t("catalogue.history.change", { field, before: valueText(t, locale, tariffNames, f.field, f.before), after });
  };
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: "short",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  });
  return (
    <section aria-labelledby="change-history-title" className={cardClasses()} data-testid="change-history">
      <h2 id="change-history-title" className="text-heading">
        {t("catalogue.history.title")}
      </h2>
      {changes.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("catalogue.history.empty")}</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">{t("catalogue.history.lead", { count: changes.length })}</p>
          <ol className="mt-3 space-y-3 text-sm">
            {changes.map((c) => (
              <li key={c.id} className="border-t border-line-soft pt-3 first:border-0 first:pt-0">
                <p className="font-medium">
                  {t(`catalogue.history.kind.${c.kind}`)} ·{" "}
                  <time dateTime={c.at.toISOString()}>{when.format(c.at)}</time> ·{" "}
                  {c.who ?? t("catalogue.history.system")}
                </p>
                <ul className="mt-1 space-y-0.5 break-words text-muted">
                  {c.fields.map((f) => (
                    <li key={f.field}>{line(c, f)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
