"use client";

import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { ledgerText } from "@/server/domain/payments/read-ledger-text";
import { ActForSubscriber } from "./act-for-subscriber";
import type { ChatDetailsView } from "./workspace-types";
import { intlLocale } from "@/i18n/format";
import { errorPhrase } from "@/server/domain/errors";
import { actionName, pageName } from "@/server/domain/self-service/code-phrases";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { localizedName } from "@/i18n/locales";

const card = cn(cardClasses({ padding: "none" }), "p-3 text-sm");

/** Beside the transcript: why they came (escalation context) and who they are (account, money, last actions). */
export function SubscriberPanel({ details, canAct }: { details: ChatDetailsView; canAct: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const money = (k: number) => formatMoney(k, locale);
  const when = (d: Date | string) =>
    new Date(d).toLocaleString(intlLocale(locale), {
      day: "2-digit",
      month: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
  const { escalation, account, visitor } = details;
  const row = (label: string, value: ReactNode) => (
    <div className="flex justify-between gap-2">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right">{value ?? t("workspace.none")}</dd>
    </div>
  );
  return (
    <aside className="space-y-3" data-testid="subscriber-panel">
      <section className={card} aria-labelledby="context-title">
        <h3 id="context-title" className="mb-2 font-semibold">
          {t("workspace.contextTitle")}
        </h3>
        <dl className="space-y-1">
          {row(
            t("workspace.contextReason"),
            escalation.handoverReason ? t(`workspace.reasons.${escalation.handoverReason}`) : null,
          )}
          {row(t("workspace.contextPage"), escalation.page && pageName(t, escalation.page))}
          {row(t("workspace.contextFailed"), escalation.failedAction && actionName(t, escalation.failedAction))}
          {row(t("workspace.contextError"), escalation.errorCode && errorPhrase(t, escalation.errorCode))}
          {(escalation.bannerTopic ?? details.chat.banner?.title) &&
            row(t("workspace.contextBanner"), escalation.bannerTopic ?? details.chat.banner?.title)}
        </dl>
        {escalation.hintsShown.length > 0 && (
          <>
            <p className="mt-2 text-muted">{t("workspace.contextHints")}</p>
            <ul className="list-disc pl-5">
              {escalation.hintsShown.map((h) => (
                <li key={h.code}>{h.text}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {visitor && (
        <section className={card}>
          <h3 className="mb-2 font-semibold">{t("workspace.visitor")}</h3>
          <dl className="space-y-1">
            {row(t("workspace.subscriberTitle"), visitor.name)}
            {row(t("workspace.visitorPhone"), visitor.phone)}
            {visitor.leftRequest && <p className="text-warning">{t("workspace.callbackRequested")}</p>}
          </dl>
        </section>
      )}
      {account && (
        <>
          <section className={card} aria-labelledby="subscriber-title">
            <h3 id="subscriber-title" className="mb-2 font-semibold">
              {t("workspace.subscriberTitle")}
            </h3>
            <dl className="space-y-1">
              {row(
                t("workspace.accountNumber"),
                <span data-testid="panel-account-number">{account.accountNumber}</span>,
              )}
              {row(t("workspace.subscriberTitle"), account.fullName)}
              {row(t("account.status"), t(`workspace.status.${account.status}`))}
              {row(
                t("workspace.balance"),
                <span className={account.balance < 0 ? "text-danger" : ""} data-testid="panel-balance">
                  {money(account.balance)}
                </span>,
              )}
              {row(t("workspace.tariff"), localizedName(account.tariff, locale))}
            </dl>
            <p className="mt-2 text-muted">{t("workspace.options")}</p>
            {account.options.length === 0 ? (
              <p>{t("workspace.noOptions")}</p>
            ) : (
              <ul className="list-disc pl-5">
                {account.options.map((o) => (
                  <li key={o.id}>{localizedName(o, locale)}</li>
                ))}
              </ul>
            )}
          </section>
          <section className={card} aria-labelledby="ledger-title">
            <h3 id="ledger-title" className="mb-2 font-semibold">
              {t("workspace.ledgerTitle")}
            </h3>
            <ul className="space-y-1" data-testid="panel-ledger">
              {account.ledger.map((e) => (
                <li key={e.id} className="flex justify-between gap-2">
                  <span className="min-w-0">
                    <span className="text-muted">{when(e.createdAt)}</span> {ledgerText(t, locale, e)}
                  </span>
                  <span className={`shrink-0 whitespace-nowrap tabular-nums ${e.amount < 0 ? "" : "text-success"}`}>
                    {money(e.amount)}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <section className={card} aria-labelledby="actions-title">
            <h3 id="actions-title" className="mb-2 font-semibold">
              {t("workspace.actionsTitle")}
            </h3>
            <ul className="space-y-1">
              {account.recentActions.map((a) => (
                <li key={a.id}>
                  <span className="text-muted">{when(a.createdAt)}</span> {actionName(t, a.action)}:{" "}
                  <span className={a.succeeded ? "text-success" : "text-danger"}>
                    {a.succeeded
                      ? t("workspace.succeeded")
                      : t("workspace.failed", { error: errorPhrase(t, a.errorCode ?? "INTERNAL") })}
                  </span>
                </li>
              ))}
            </ul>
          </section>
          {canAct && (
            <ActForSubscriber
              chatId={details.chat.id}
              consented={details.chat.actionConsentAt !== null}
              offers={account.offers}
            />
          )}
        </>
      )}
    </aside>
  );
}
