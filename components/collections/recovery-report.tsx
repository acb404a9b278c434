import type { RecoveryDay } from "@/server/domain/collections/reminder-outcome";
import type { SentReminder } from "@/server/domain/collections/collections-report";
import { getTranslator } from "@/i18n/server";
import { formatMoney, formatMoscowDateTime } from "@/i18n/format";
import { localeOrDefault } from "@/i18n/locales";
import { dataTable } from "@/components/ui/data-table";
import { cardClasses } from "@/components/ui/card";

/** A table that scrolls sideways on a narrow phone, keyboard-reachable as a named region. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto">
      {children}
    </div>
  );
}

/** The daily figure (amount at risk of reminded accounts and what came back) and the reminders behind it. */
export async function RecoveryReport({ days, reminders }: { days: RecoveryDay[]; reminders: SentReminder[] }) {
  const { t, locale: current } = await getTranslator();
  const locale = localeOrDefault(current);
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const dayLabel = (day: string) =>
    new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { day: "numeric", month: "long", timeZone: "UTC" });
  return (
    <section aria-labelledby="recovery" className={cardClasses({ padding: "sm" })}>
      <h2 id="recovery" className="font-semibold">
        {t("collections.recovery")}
      </h2>
      {days.length === 0 ? (
        <p className="mt-2 text-sm text-muted">{t("collections.recoveryEmpty")}</p>
      ) : (
        <>
          <Scroll label={t("collections.recovery")}>
            <table className={dataTable.table} data-testid="recovery-days">
              <thead className={dataTable.head}>
                <tr>
                  <th className={dataTable.headCell()}>{t("collections.day")}</th>
                  <th className={dataTable.headCell({ numeric: true })}>{t("collections.reminded")}</th>
                  <th className={dataTable.headCell({ numeric: true })}>{t("collections.atRisk")}</th>
                  <th className={dataTable.headCell({ numeric: true })}>{t("collections.recovered")}</th>
                </tr>
              </thead>
              <tbody className={dataTable.body}>
                {days.map((d) => (
                  <tr key={d.day}>
                    <th scope="row" className={dataTable.rowHead}>
                      {dayLabel(d.day)}
                    </th>
                    <td className={dataTable.cell({ numeric: true })}>{d.reminded}</td>
                    <td className={dataTable.cell({ numeric: true })}>{money(d.atRisk)}</td>
                    <td className={dataTable.cell({ numeric: true })}>{money(d.recovered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
          <h3 className="mt-4 font-medium">{t("collections.recentReminders")}</h3>
          <Scroll label={t("collections.recentReminders")}>
            <table className={dataTable.table} data-testid="sent-reminders">
              <thead className={dataTable.head}>
                <tr>
                  <th className={dataTable.headCell()}>{t("collections.account")}</th>
                  <th className={dataTable.headCell()}>{t("collections.sentAt")}</th>
                  <th className={dataTable.headCell({ numeric: true })}>{t("collections.atRisk")}</th>
                  <th className={dataTable.headCell()}>{t("collections.outcomeLabel")}</th>
                  <th className={dataTable.headCell({ numeric: true })}>{t("collections.recovered")}</th>
                </tr>
              </thead>
              <tbody className={dataTable.body}>
                {reminders.map((r) => (
                  <tr key={r.id}>
                    <th scope="row" className={dataTable.rowHead}>
                      {r.accountNumber}
                    </th>
                    <td className={dataTable.cell()}>{formatMoscowDateTime(r.sentAt, locale)}</td>
                    <td className={dataTable.cell({ numeric: true })}>{money(r.amountAtRisk)}</td>
                    <td className={dataTable.cell()}>{t(`collections.outcome.${r.outcome}`)}</td>
                    <td className={dataTable.cell({ numeric: true })}>{money(r.recovered)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Scroll>
        </>
      )}
    </section>
  );
}
