import type { PackageUsage } from "@/server/domain/usage/get-package-usage";
import type { PackagePart } from "@/server/domain/usage/package-usage";
import { formatPackageAmount } from "@/i18n/package-format";
import { getTranslator } from "@/i18n/server";
import { formatDay } from "@/components/catalogue/catalogue-format";
import { cn } from "@/components/ui/cn";
import { createServerCaller } from "@/server/api/server-caller";

/** A bar's colour says how close the part is to its end: fine, nearly used (80%), used up. */
function barTone(percent: number): string {
  if (percent >= 100) return "bg-danger-fill";
  if (percent >= 80) return "bg-warning";
  return "bg-brand";
}

/** What is left of each part of this month's package, with a bar of what is used, and when it renews. */
export async function PackageUsageList({ usage }: { usage: PackageUsage }) {
  const { locale, t } = await getTranslator();
  const amount = (part: PackagePart, value: number) => formatPackageAmount(t, part.resource, value);
  return (
    <div data-testid="package-usage">
      <h3 className="text-sm font-medium text-muted">{t("account.packageTitle")}</h3>
      <ul className="mt-2 space-y-3">
        {usage.parts.map((part) => {
          const label = t("account.packagePart", { resource: part.resource });
          const text =
            part.allowance === null
              ? t("account.packageUnlimited", { used: amount(part, part.used) })
              : part.left === 0
                ? t("account.packageUsedUp")
                : t("account.packageLeft", { left: amount(part, part.left ?? 0), total: amount(part, part.allowance) });
          return (
            <li key={part.resource}>
              <div className="flex flex-wrap justify-between gap-x-3 text-sm">
                <span className="font-medium">{label}</span>
                <span className={cn("tabular-nums", part.left === 0 && "font-medium text-danger")}>{text}</span>
              </div>
              {part.percent !== null && (
                <div
                  role="progressbar"
                  aria-label={label}
                  aria-valuemin={0}
                  aria-valuemax={100}
                  aria-valuenow={Math.min(100, part.percent)}
                  aria-valuetext={text}
                  className="mt-1 h-2 overflow-hidden rounded-full bg-line-soft"
                >
                  <div
                    className={cn("h-full rounded-full", barTone(part.percent))}
                    style={{ width: `${Math.min(100, part.percent)}%` }}
                  />
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-xs text-muted">
        {t("account.packageRenews", { date: formatDay(usage.renewsAt, locale), days: usage.daysLeft })}
      </p>
    </div>
  );
}

/** This month's package under the tariff, read on its own so the balance above never waits for it; nothing without parts. */
export async function AccountPackageUsage() {
  const usage = await (await createServerCaller()).account.myPackage();
  return (
    usage.parts.length > 0 && (
      <div className="mt-4 border-t border-line-soft pt-4">
        <PackageUsageList usage={usage} />
      </div>
    )
  );
}
