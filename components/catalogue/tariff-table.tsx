import { Link } from "@/components/ui/link";
import { getTranslator } from "@/i18n/server";
import { formatMoney } from "@/i18n/format";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { AdminTariff } from "@/server/domain/catalogue/list-catalogue";
import { ArchiveToggle } from "./archive-toggle";
import { formatDay, formatGb } from "./catalogue-format";
import { localizedName } from "@/i18n/locales";

/** Every tariff with its fee (and a scheduled one), allowance, accounts on it and its actions. */
export async function TariffTable({ tariffs }: { tariffs: AdminTariff[] }) {
  const { t, locale } = await getTranslator();
  const name = (x: AdminTariff) => localizedName(x, locale);
  return (
    <div
      role="region"
      aria-labelledby="tariffs-title"
      tabIndex={0}
      className={cn(cardClasses({ padding: "none" }), "overflow-x-auto focus:outline-2 focus:outline-brand-600")}
    >
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            {(["name", "fee", "allowance", "accounts", "status"] as const).map((c) => (
              <th key={c} scope="col" className="px-4 py-2">
                {t(`catalogue.tariffs.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tariffs.map((tariff) => (
            <tr
              key={tariff.id}
              data-testid="tariff-row"
              className={tariff.isArchived ? "bg-slate-50 text-slate-500" : ""}
            >
              <td className="min-w-48 px-4 py-2 align-top">
                <span className="font-medium">{name(tariff)}</span>
                <div className="mt-1 flex flex-wrap gap-2">
                  <Link
                    href={`/admin/tariffs/${tariff.id}`}
                    className={buttonClasses({ variant: "ghost", size: "sm" })}
                  >
                    {t("catalogue.actions.edit")}
                    <span className="sr-only">: {name(tariff)}</span>
                  </Link>
                  <ArchiveToggle kind="tariff" item={{ ...tariff, name: name(tariff) }} />
                </div>
              </td>
              <td className="px-4 py-2 align-top whitespace-nowrap">
                {formatMoney(tariff.monthlyFee, locale)}
                {tariff.scheduledFees.map((p) => (
                  <div key={p.effectiveFrom.toISOString()} className="text-xs text-warning">
                    {t("catalogue.tariffs.scheduled", {
                      date: formatDay(p.effectiveFrom, locale),
                      amount: formatMoney(p.monthlyFee, locale),
                    })}
                  </div>
                ))}
              </td>
              <td className="px-4 py-2 align-top">
                {t("catalogue.tariffs.allowanceValue", {
                  minutes: tariff.includedMinutes,
                  gb: formatGb(tariff.includedMb, locale),
                  sms: tariff.includedSms,
                })}
              </td>
              <td className="px-4 py-2 align-top">{tariff.accounts}</td>
              <td className="px-4 py-2 align-top">
                <Badge tone={tariff.isArchived ? "neutral" : "success"}>
                  {t(tariff.isArchived ? "catalogue.status.archived" : "catalogue.status.open")}
                </Badge>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
