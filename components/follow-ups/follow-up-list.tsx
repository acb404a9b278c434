import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import type { FollowUpPage, FollowUpView } from "@/server/domain/follow-ups/list-follow-ups";
import type { Translate } from "@/i18n/translator";
import { getTranslator } from "@/i18n/server";
import { followUpsHref, type FollowUpParams } from "./follow-up-params";
import { ResolveFollowUpForm, TakeFollowUpButton } from "./resolve-follow-up-form";
import { SurveyAnswers } from "./survey-answers";
import { actionName } from "@/server/domain/self-service/code-phrases";
import { cardClasses } from "@/components/ui/card";
import { badgeClasses } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { buttonClasses } from "@/components/ui/button";

function who(f: FollowUpView, t: Translate): string {
  if (f.subscriber)
    return `${f.subscriber.fullName}, ${t("followUps.account", { number: f.subscriber.accountNumber })}`;
  const parts = [f.visitor?.name, f.visitor?.phone].filter(Boolean);
  return `${t("followUps.visitor")}: ${parts.length > 0 ? parts.join(", ") : t("followUps.visitorAnonymous")}`;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs font-medium text-muted">{label}</dt>
      <dd className="break-words">{children}</dd>
    </div>
  );
}

/** One card per follow-up (readable on a 360-px phone); open ones carry their resolve form. */
export async function FollowUpList({
  list,
  params,
  compensationLimit,
}: {
  list: FollowUpPage;
  params: FollowUpParams;
  compensationLimit: number;
}) {
  const { locale, t } = await getTranslator();
  const at = (d: Date) =>
    d.toLocaleString(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });
  const overdueCount = (
    <p
      className={cn("text-sm", list.overdue > 0 ? "font-semibold text-danger-strong" : "text-muted")}
      data-testid="follow-ups-overdue"
    >
      {t("followUps.overdueCount", { count: list.overdue })}
    </p>
  );
  if (list.items.length === 0)
    return (
      <>
        {overdueCount}
        <p className="text-muted">{t("followUps.empty")}</p>
      </>
    );
  return (
    <>
      {overdueCount}
      <p className="text-sm text-muted">{t("followUps.count", { count: list.total })}</p>
      <ul className="space-y-3" data-testid="follow-ups">
        {list.items.map((f) => (
          <li key={f.id}>
            <article
              aria-labelledby={`follow-up-${f.id}`}
              className={cn(cardClasses({ padding: "sm" }), f.overdue && !f.resolution && "ring-2 ring-danger")}
              data-overdue={f.overdue && !f.resolution ? "true" : undefined}
            >
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`follow-up-${f.id}`} className="font-semibold">
                  <span className={f.reason === "MISSED" ? "text-warning" : "text-danger-strong"}>
                    {t(`followUps.reason.${f.reason}`)}
                  </span>
                  <span
                    className={cn(badgeClasses({ tone: f.resolution ? "success" : "neutral" }), "ml-2")}
                    data-testid="follow-up-state"
                  >
                    {t(`followUps.state.${f.state}`)}
                  </span>
                  {f.overdue && !f.resolution && (
                    <span className={cn(badgeClasses({ tone: "danger" }), "ml-2")}>{t("followUps.overdue")}</span>
                  )}
                </h2>
                <p className="text-sm text-muted">
                  {t("followUps.raised")}: <time dateTime={f.createdAt.toISOString()}>{at(f.createdAt)}</time>
                  {f.dueAt && (
                    <>
                      {" · "}
                      {t("followUps.due")}:{" "}
                      <time
                        dateTime={f.dueAt.toISOString()}
                        data-testid="follow-up-due"
                        className={cn(f.overdue && "font-semibold text-danger-strong")}
                      >
                        {at(f.dueAt)}
                      </time>
                    </>
                  )}
                </p>
              </header>
              <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                <Field label={t("followUps.subscriber")}>{who(f, t)}</Field>
                {f.chat ? (
                  <Field
                    label={t("followUps.chat")}
                  >{`${t(`followUps.kind.${f.chat.kind}`)} · ${f.chat.topic ?? t("followUps.noTopic")}`}</Field>
                ) : (
                  <Field label={t("followUps.selfService")}>
                    {f.selfService && t("followUps.selfServiceStory", { action: actionName(t, f.selfService.action) })}
                  </Field>
                )}
                <Field label={t("followUps.rating")}>
                  <SurveyAnswers rating={f.rating} t={t} />
                </Field>
                <Field label={t("followUps.operator")}>
                  {f.operatorName ?? <span className="text-muted">{t("followUps.noOperator")}</span>}
                </Field>
                {f.resolution && (
                  <div className="sm:col-span-2">
                    <Field label={t("followUps.resolution")}>
                      <span className="text-muted">
                        {t("followUps.resolvedBy", { name: f.resolution.byName ?? "—", at: at(f.resolution.at) })}
                      </span>
                      {f.outcome && <strong className="block">{t(`followUps.outcome.${f.outcome}`)}</strong>}
                      {f.compensationRub !== null && (
                        <span className="block" data-testid="follow-up-compensation">
                          {t("followUps.compensated", { amount: f.compensationRub })}
                        </span>
                      )}
                      {f.resolution.comment && (
                        <span className="block whitespace-pre-line">{f.resolution.comment}</span>
                      )}
                      {f.notifiedAt && <span className="block text-muted">{t("followUps.notified")}</span>}
                    </Field>
                  </div>
                )}
              </dl>
              <div className="mt-2 flex flex-wrap items-center gap-3 text-sm">
                <Link href={`/admin/follow-ups/${f.id}`} className="font-medium text-brand-ink underline">
                  {t("followUps.transcript")}
                </Link>
                {f.takenByName && !f.resolution && (
                  <span className="text-muted">{t("followUps.takenBy", { name: f.takenByName })}</span>
                )}
                {f.state === "OPEN" && <TakeFollowUpButton followUpId={f.id} />}
              </div>
              {!f.resolution && (
                <ResolveFollowUpForm
                  followUpId={f.id}
                  compensationLimit={compensationLimit}
                  canCompensate={f.subscriber !== null}
                />
              )}
            </article>
          </li>
        ))}
      </ul>
      {list.pages > 1 && (
        <nav aria-label={t("followUps.pagination")} className="flex flex-wrap items-center gap-3 text-sm">
          {list.page > 1 && (
            <Link
              href={followUpsHref({ ...params, page: list.page - 1 })}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("followUps.previousPage")}
            </Link>
          )}
          <span className="text-muted">{t("followUps.pageOf", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && (
            <Link
              href={followUpsHref({ ...params, page: list.page + 1 })}
              className={buttonClasses({ variant: "secondary", size: "sm" })}
            >
              {t("followUps.nextPage")}
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
