"use client";

import { Link } from "@/components/ui/link";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorPhrase } from "@/server/domain/errors";
import type { PageHints } from "@/server/domain/hints/get-hints-for-page";
import { requestChat } from "./request-chat";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/**
 * Hints chosen for this page, the account's state and the last failed action (fetched by PageHints on the
 * server). After a failure, or a hint that did not help, it offers the chat with the context kept.
 */
export function ContextHints({ page, hints: data }: { page: string; hints: PageHints }) {
  const t = useTranslations();
  const locale = useLocale();
  const feedback = useApiMutation((api) => api.hints.feedback);
  const escalate = useApiMutation((api) => api.hints.escalate, { onSuccess: ({ intentId }) => requestChat(intentId) });
  const [rated, setRated] = useState<Record<string, boolean>>({});

  if (data.hints.length === 0 && !data.lastFailure) return null;
  const failure = data.lastFailure;
  const offerChat =
    !!failure || Object.values(rated).some((helpful) => !helpful) || data.hints.some((h) => h.opensChat);

  return (
    <aside
      aria-labelledby={`hints-${page}`}
      className="rounded-2xl bg-brand-soft p-4 ring-1 ring-brand/25"
      data-testid="context-hints"
    >
      <h2 id={`hints-${page}`} className="text-sm font-semibold text-brand-ink">
        {t("hints.title")}
      </h2>
      {failure && (
        <p className="mt-2 text-sm text-danger-strong" data-testid="last-failure">
          {t("hints.lastFailure", { error: errorPhrase(t, failure.errorCode) })}
        </p>
      )}
      <ul className="mt-2 space-y-3">
        {data.hints.map((hint) => (
          <li key={hint.id} className="text-sm" data-testid={`hint-${hint.code}`}>
            <p>{locale === "ru" ? hint.text : hint.textEn}</p>
            <div className="mt-1 flex flex-wrap items-center gap-3">
              {hint.article && (
                <Link href={`/help/${hint.article.slug}`} className="text-brand-ink underline">
                  {t("hints.readArticle", { title: locale === "ru" ? hint.article.title : hint.article.titleEn })}
                </Link>
              )}
              {hint.id in rated ? (
                <span role="status" className="text-muted">
                  {t("hints.thanks")}
                </span>
              ) : (
                <>
                  {([true, false] as const).map((helpful) => (
                    <button
                      key={String(helpful)}
                      type="button"
                      className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-0.5 font-normal")}
                      onClick={() => {
                        setRated((r) => ({ ...r, [hint.id]: helpful }));
                        feedback.mutate({ hintId: hint.id, helpful, page });
                      }}
                    >
                      {helpful ? t("hints.helpful") : t("hints.notHelpful")}
                    </button>
                  ))}
                </>
              )}
            </div>
          </li>
        ))}
      </ul>
      {offerChat && (
        <div className="mt-3">
          {escalate.isSuccess ? (
            <p role="status" className="text-sm text-brand-ink">
              {t("hints.chatRequested")}
            </p>
          ) : (
            <button
              type="button"
              disabled={escalate.isPending}
              className={buttonClasses({ size: "sm" })}
              onClick={() =>
                escalate.mutate({
                  page,
                  failedAction: failure?.action,
                  errorCode: failure?.errorCode,
                  hintIds: data.hints.map((h) => h.id),
                })
              }
            >
              {escalate.isPending ? t("hints.askingInChat") : t("hints.askInChat")}
            </button>
          )}
        </div>
      )}
    </aside>
  );
}
