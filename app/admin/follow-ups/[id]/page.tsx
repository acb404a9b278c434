import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { requireStaffWithRole } from "@/server/auth/session";
import { createServerCaller } from "@/server/api/server-caller";
import { getTranslator } from "@/i18n/server";
import { ClientMessages } from "@/i18n/client-messages";
import { formatMoney } from "@/i18n/format";
import { env } from "@/server/env.mjs";
import { errorPhrase, isAppError } from "@/server/domain/errors";
import { FollowUpTranscript } from "@/components/follow-ups/follow-up-transcript";
import { ResolveFollowUpForm } from "@/components/follow-ups/resolve-follow-up-form";
import { SurveyAnswers } from "@/components/follow-ups/survey-answers";
import { actionName, pageName } from "@/server/domain/self-service/code-phrases";
import { cardClasses } from "@/components/ui/card";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("followUps.transcript") };
}

/** One follow-up for the call back: the whole transcript, the escalation context, the subscriber's account. */
export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireStaffWithRole(`/admin/follow-ups/${id}`, ["SUPERVISOR", "ADMIN"]);
  const { locale, t } = await getTranslator();
  const caller = await createServerCaller();
  const f = await caller.followUps.get({ followUpId: id }).catch((error: unknown) => {
    if ((isAppError(error) && error.code === "NOT_FOUND") || (error as { code?: string }).code === "NOT_FOUND")
      notFound();
    throw error;
  });
  const at = (d: Date) =>
    d.toLocaleString(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Moscow" });
  const card = cardClasses({ padding: "sm" });
  // What went wrong in words (never the stored codes), then the hints the subscriber saw.
  const context = [f.context.errorCode ? errorPhrase(t, f.context.errorCode) : null, ...f.context.hintsShown].filter(
    Boolean,
  );
  return (
    <ClientMessages namespaces={["followUps"]}>
      <div className="space-y-4">
        <header>
          <Link href="/admin/follow-ups" className="text-sm text-brand-ink underline">
            {t("followUps.title")}
          </Link>
          <h1 className="mt-1 text-title">
            {t(`followUps.reason.${f.reason}`)} · {t(`followUps.state.${f.state}`)}
          </h1>
          <p className="mt-1 text-sm text-muted">
            {t("followUps.raised")}: {at(f.createdAt)}
            {f.dueAt && ` · ${t("followUps.due")}: ${at(f.dueAt)}`}
            {f.overdue && !f.resolution && ` · ${t("followUps.overdue")}`}
          </p>
        </header>
        <section className={card} aria-labelledby="follow-up-subscriber">
          <h2 id="follow-up-subscriber" className="text-heading">
            {t("followUps.subscriber")}
          </h2>
          {f.subscriber && f.account ? (
            <p className="mt-1 text-sm" data-testid="follow-up-account">
              {f.subscriber.fullName}, {t("followUps.account", { number: f.subscriber.accountNumber })},{" "}
              {f.account.phone}
              {f.account.email && `, ${f.account.email}`} · {f.account.tariffName} ·{" "}
              {formatMoney(f.account.balanceKopecks, locale)}
            </p>
          ) : (
            <p className="mt-1 text-sm">
              {t("followUps.visitor")}:{" "}
              {[f.visitor?.name, f.visitor?.phone].filter(Boolean).join(", ") || t("followUps.visitorAnonymous")}
            </p>
          )}
          <p className="mt-2 text-sm">
            {t("followUps.survey")}: <SurveyAnswers rating={f.rating} t={t} />
          </p>
          {context.length > 0 && <p className="mt-2 text-sm text-muted">{context.join(" · ")}</p>}
        </section>
        {f.selfService ? (
          <section className={card} aria-labelledby="follow-up-self-service">
            <h2 id="follow-up-self-service" className="text-heading">
              {t("followUps.selfService")}
            </h2>
            <p className="mt-1 text-sm" data-testid="follow-up-self-service">
              {t("followUps.selfServiceStory", { action: actionName(t, f.selfService.action) })} ·{" "}
              {at(f.selfService.at)}
              {f.selfService.page && ` · ${pageName(t, f.selfService.page)}`}
            </p>
          </section>
        ) : (
          <section className={card} aria-labelledby="follow-up-transcript">
            <h2 id="follow-up-transcript" className="text-heading">
              {t("followUps.transcript")}
            </h2>
            <FollowUpTranscript messages={f.transcript} at={at} />
          </section>
        )}
        {!f.resolution && (
          <section className={card}>
            <ResolveFollowUpForm
              followUpId={f.id}
              compensationLimit={env().FOLLOW_UP_COMPENSATION_LIMIT_RUB}
              canCompensate={f.subscriber !== null}
            />
          </section>
        )}
      </div>
    </ClientMessages>
  );
}
