import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";
import { formatMoney } from "@/i18n/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { AdminOption } from "@/server/domain/catalogue/list-catalogue";
import { ArchiveToggle } from "./archive-toggle";
import { localizedName } from "@/i18n/locales";

/** Every option with its fees, group, the tariffs it works with or comes with, and its actions. */
export async function OptionTable({
  options,
  tariffNames,
}: {
  options: AdminOption[];
  tariffNames: Record<string, string>;
}) {
  const { t, locale } = await getTranslator();
  const name = (x: AdminOption) => localizedName(x, locale);
  const names = (ids: string[], empty: string) =>
    ids.length ? ids.map((id) => tariffNames[id] ?? id).join(", ") : empty;
  const columns = ["connectionFee", "monthlyFee", "group", "compatible", "included", "subscribers"] as const;
  return (
    <div
      role="region"
      aria-labelledby="options-title"
      tabIndex={0}
      className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">
              {t("catalogue.tariffs.name")}
            </th>
            {columns.map((c) => (
              <th key={c} scope="col" className="px-4 py-2">
                {t(`catalogue.options.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {options.map((option) => (
            <tr
              key={option.id}
              data-testid="option-row"
              className={option.isArchived ? "bg-slate-50 text-slate-500" : ""}
            >
              <td className="min-w-60 px-4 py-2 align-top">
                <span className="font-medium">{name(option)}</span>{" "}
                <Badge tone={option.isArchived ? "neutral" : "success"}>
                  {t(option.isArchived ? "catalogue.optionStatus.archived" : "catalogue.optionStatus.open")}
                </Badge>
                <div className="mt-1 flex flex-wrap gap-2">
                  <Link
                    href={`/admin/options/${option.id}`}
                    className={buttonClasses({ variant: "ghost", size: "sm" })}
                  >
                    {t("catalogue.actions.edit")}
                    <span className="sr-only">: {name(option)}</span>
                  </Link>
                  <ArchiveToggle kind="option" item={{ ...option, name: name(option) }} />
                </div>
              </td>
              <td className="px-4 py-2 align-top whitespace-nowrap">{formatMoney(option.connectionFee, locale)}</td>
              <td className="px-4 py-2 align-top whitespace-nowrap">{formatMoney(option.monthlyFee, locale)}</td>
              <td className="px-4 py-2 align-top">{option.exclusiveGroup ?? "—"}</td>
              <td className="min-w-40 px-4 py-2 align-top">
                {names(option.compatibleTariffIds, t("catalogue.options.allTariffs"))}
              </td>
              <td className="min-w-40 px-4 py-2 align-top">
                {names(option.includedInTariffIds, t("catalogue.options.none"))}
              </td>
              <td className="px-4 py-2 align-top">{option.subscribers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
