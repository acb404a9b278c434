import Link from "next/link";
import type { ReactNode } from "react";
import type { FollowUpPage, FollowUpView } from "@/server/domain/follow-ups/list-follow-ups";
import type { Translate } from "@/i18n/translator";
import { getTranslator } from "@/i18n/server";
import { followUpsHref, type FollowUpParams } from "./follow-up-params";
import { ResolveFollowUpForm } from "./resolve-follow-up-form";
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
export async function FollowUpList({ list, params }: { list: FollowUpPage; params: FollowUpParams }) {
  const { locale, t } = await getTranslator();
  const at = (d: Date) =>
    d.toLocaleString(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });
  if (list.items.length === 0) return <p className="text-muted">{t("followUps.empty")}</p>;
  return (
    <>
      <p className="text-sm text-muted">{t("followUps.count", { count: list.total })}</p>
      <ul className="space-y-3" data-testid="follow-ups">
        {list.items.map((f) => (
          <li key={f.id}>
            <article aria-labelledby={`follow-up-${f.id}`} className={cardClasses({ padding: "sm" })}>
              <header className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 id={`follow-up-${f.id}`} className="font-semibold">
                  <span className={f.reason === "MISSED" ? "text-warning" : "text-danger-strong"}>
                    {t(`followUps.reason.${f.reason}`)}
                  </span>
                  {f.resolution && (
                    <span className={cn(badgeClasses({ tone: "success" }), "ml-2")}>{t("followUps.resolution")}</span>
                  )}
                </h2>
                <p className="text-sm text-muted">
                  {t("followUps.raised")}: <time dateTime={f.createdAt.toISOString()}>{at(f.createdAt)}</time>
                </p>
              </header>
              <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                <Field label={t("followUps.subscriber")}>{who(f, t)}</Field>
                <Field
                  label={t("followUps.chat")}
                >{`${t(`followUps.kind.${f.chat.kind}`)} · ${f.chat.topic ?? t("followUps.noTopic")}`}</Field>
                <Field label={t("followUps.rating")}>
                  {f.rating ? (
                    <>
                      {f.rating.score !== null && <strong>{t("followUps.score", { score: f.rating.score })}</strong>}
                      {f.rating.npsScore !== null && (
                        <span className="text-muted">, {t("followUps.nps", { score: f.rating.npsScore })}</span>
                      )}
                      {f.rating.comment && <q className="block text-muted">{f.rating.comment}</q>}
                    </>
                  ) : (
                    <span className="text-muted">{t("followUps.noRating")}</span>
                  )}
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
                      {f.resolution.comment && (
                        <span className="block whitespace-pre-line">{f.resolution.comment}</span>
                      )}
                    </Field>
                  </div>
                )}
              </dl>
              {!f.resolution && <ResolveFollowUpForm followUpId={f.id} />}
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
