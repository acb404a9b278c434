"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AtRiskAccount } from "@/server/domain/collections/list-at-risk";
import type { SendReport } from "@/server/domain/collections/send-reminders";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { formatMoney, intlLocale, TIME_ZONE } from "@/i18n/format";
import { localeOrDefault } from "@/i18n/locales";
import { badgeClasses } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { dataTable } from "@/components/ui/data-table";
import { cn } from "@/components/ui/cn";

/** On a phone each row is a card and each cell names its column; on a desktop it is a plain table. */
function Cell({ label, numeric, children }: { label: string; numeric?: boolean; children: ReactNode }) {
  return (
    <td className={cn(dataTable.cell({ numeric }), "flex justify-between gap-3 py-0.5 md:table-cell md:py-2")}>
      <span className="text-muted md:hidden">{label}</span>
      <span>{children}</span>
    </td>
  );
}

function Result({ report }: { report: SendReport }) {
  const t = useTranslations("collections");
  const parts = [t("sent", { count: report.sent })];
  if (report.recent > 0) parts.push(t("recent", { count: report.recent }));
  if (report.notAtRisk > 0) parts.push(t("notAtRisk", { count: report.notAtRisk }));
  return (
    <p role="status" className={noticeClasses({ tone: report.sent > 0 ? "success" : "warning" })}>
      {parts.join(". ")}.
    </p>
  );
}

/** The at-risk accounts with a checkbox each and one button that reminds the selected ones by SMS. */
export function AtRiskTable({
  accounts,
  limits,
}: {
  accounts: AtRiskAccount[];
  limits: { perRequest: number; hours: number };
}) {
  const t = useTranslations("collections");
  const tAll = useTranslations();
  const locale = localeOrDefault(useLocale());
  const trpc = useTRPC();
  const router = useRouter();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [report, setReport] = useState<SendReport | null>(null);
  const send = useMutation(
    trpc.collections.sendReminders.mutationOptions({
      onSuccess: (result) => {
        setReport(result);
        setSelected(new Set());
        router.refresh();
      },
    }),
  );
  const day = (at: Date) =>
    new Intl.DateTimeFormat(intlLocale(locale), { day: "numeric", month: "short", timeZone: TIME_ZONE }).format(at);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const allOn = accounts.length > 0 && accounts.every((a) => selected.has(a.accountId));

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={buttonClasses()}
          disabled={selected.size === 0 || send.isPending}
          onClick={() => {
            setReport(null);
            send.mutate({ accountIds: [...selected] });
          }}
        >
          {send.isPending ? t("sending") : t("send")}
        </button>
        <span className="text-sm text-muted" aria-live="polite">
          {t("selected", { count: selected.size })}
        </span>
      </div>
      <p className="text-sm text-muted">{t("limits", { perRequest: limits.perRequest, hours: limits.hours })}</p>
      {send.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(send.error, tAll)}
        </p>
      )}
      {report && <Result report={report} />}
      <table className={cn(dataTable.table, "block md:table")} data-testid="at-risk">
        <thead className={cn(dataTable.head, "sr-only md:not-sr-only md:table-header-group")}>
          <tr>
            <th className={dataTable.headCell()}>
              <input
                type="checkbox"
                aria-label={t("selectAll")}
                checked={allOn}
                onChange={(e) => setSelected(new Set(e.target.checked ? accounts.map((a) => a.accountId) : []))}
              />
            </th>
            <th className={dataTable.headCell()}>{t("subscriber")}</th>
            <th className={dataTable.headCell()}>{t("reasonFilter")}</th>
            <th className={dataTable.headCell()}>{t("forecastAt")}</th>
            <th className={dataTable.headCell({ numeric: true })}>{t("amountAtRisk")}</th>
            <th className={dataTable.headCell({ numeric: true })}>{t("balance")}</th>
            <th className={dataTable.headCell()}>{t("lastContact")}</th>
            <th className={dataTable.headCell()}>{t("outcomeLabel")}</th>
          </tr>
        </thead>
        <tbody className={cn(dataTable.body, "block space-y-3 divide-y-0 md:table-row-group md:space-y-0 md:divide-y")}>
          {accounts.map((a) => (
            <tr
              key={a.accountId}
              data-testid="at-risk-row"
              className="block rounded-card bg-surface p-3 ring-1 ring-line-soft md:table-row md:rounded-none md:p-0 md:ring-0"
            >
              <td className="block pb-1 md:table-cell md:py-2 md:pr-3">
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={selected.has(a.accountId)}
                    onChange={(e) => toggle(a.accountId, e.target.checked)}
                  />
                  <span className="sr-only">{t("select", { number: a.accountNumber })}</span>
                  <span className="font-medium md:hidden">{a.accountNumber}</span>
                </label>
              </td>
              <td className="block pb-1 md:table-cell md:py-2 md:pr-3">
                <span className="block">{a.fullName}</span>
                <span className="hidden text-muted md:block">{a.accountNumber}</span>
              </td>
              <Cell label={t("reasonFilter")}>
                <span className={badgeClasses({ tone: a.reason === "BLOCK_SOON" ? "danger" : "warning" })}>
                  {t(`reason.${a.reason}`)}
                </span>
              </Cell>
              <Cell label={t("forecastAt")}>
                <time dateTime={a.forecastAt.toISOString()}>{day(a.forecastAt)}</time>
              </Cell>
              <Cell label={t("amountAtRisk")} numeric>
                <strong data-testid="amount-at-risk">{formatMoney(a.amountAtRisk, locale)}</strong>
              </Cell>
              <Cell label={t("balance")} numeric>
                {formatMoney(a.balance, locale)}
              </Cell>
              <Cell label={t("lastContact")}>
                {a.lastContact ? `${day(a.lastContact.at)}, ${t(`contact.${a.lastContact.kind}`)}` : t("noContact")}
              </Cell>
              <Cell label={t("outcomeLabel")}>
                <span data-testid="reminder-outcome">
                  {a.lastReminder ? t(`outcome.${a.lastReminder.outcome}`) : t("noReminder")}
                </span>
              </Cell>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
