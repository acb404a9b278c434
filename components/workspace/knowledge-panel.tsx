"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { Input } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { formatMoney } from "@/i18n/format";
import type { Locale } from "@/i18n/locales";
import { formatDay } from "@/components/catalogue/catalogue-format";
import { allowanceText, articleSnippet, optionSnippet, tariffSnippet } from "./knowledge-snippets";

const DEBOUNCE_MS = 300;

/**
 * Beside the chat: articles suggested from the subscriber's last message, and a search over the help centre
 * and the catalogue (real fees and compatibility). "Insert" puts a link or a snippet into the reply box.
 */
export function KnowledgePanel({
  chatId,
  lastSubscriberSeq,
  onInsert,
}: {
  chatId: string;
  /** Suggestions follow the subscriber's newest message. */
  lastSubscriberSeq: number;
  /** Absent when the reply box is not this operator's (a supervisor watching). */
  onInsert?: (text: string) => void;
}) {
  const t = useTranslations();
  const locale = useLocale() as Locale;
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const [query, setQuery] = useState("");
  useEffect(() => {
    const timer = setTimeout(() => setQuery(typed.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [typed]);
  const queryClient = useQueryClient();
  const suggest = useQuery({ ...trpc.knowledge.suggest.queryOptions({ chatId }), enabled: query === "" });
  useEffect(() => {
    if (lastSubscriberSeq > 0)
      void queryClient.invalidateQueries({ queryKey: trpc.knowledge.suggest.queryKey({ chatId }) });
  }, [lastSubscriberSeq, chatId, queryClient, trpc]);
  const search = useQuery({ ...trpc.knowledge.search.queryOptions({ query }), enabled: query !== "" });
  const origin = typeof window === "undefined" ? "" : window.location.origin;

  const insertButton = (label: string, text: string) =>
    onInsert && (
      <button
        type="button"
        onClick={() => onInsert(text)}
        className={cn(buttonClasses({ variant: "ghost", size: "sm" }), "px-2 py-0.5")}
      >
        {label}
      </button>
    );
  const articles = query ? (search.data?.articles ?? []) : (suggest.data?.articles ?? []);
  const found = search.data;
  const empty = query !== "" && found && !found.articles.length && !found.tariffs.length && !found.options.length;

  return (
    <section
      aria-labelledby="knowledge-title"
      className={cn(cardClasses({ padding: "sm" }), "space-y-3 text-sm")}
      data-testid="knowledge-panel"
    >
      <h2 id="knowledge-title" className="text-heading">
        {t("knowledge.title")}
      </h2>
      <label htmlFor="knowledge-search" className="sr-only">
        {t("knowledge.searchLabel")}
      </label>
      <Input
        id="knowledge-search"
        type="search"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
        placeholder={t("knowledge.searchPlaceholder")}
        autoComplete="off"
        className="mt-0 text-sm"
      />
      {!query && suggest.data?.question && (
        <p className="text-xs text-muted">
          {articles.length
            ? t("knowledge.suggestedFor", { question: suggest.data.question })
            : t("knowledge.noSuggestions")}
        </p>
      )}
      {empty && <p className="text-muted">{t("knowledge.nothingFound")}</p>}
      <div aria-live="polite" className="max-h-[28rem] space-y-3 overflow-y-auto">
        {articles.length > 0 && (
          <KnowledgeGroup title={t("knowledge.articles")}>
            {articles.map((a) => (
              <li key={a.slug} data-testid="knowledge-article">
                <a
                  href={`/help/${encodeURIComponent(a.slug)}`}
                  target="_blank"
                  rel="noreferrer"
                  className="font-medium text-brand-700 hover:underline"
                >
                  {a.title}
                </a>
                {insertButton(t("knowledge.insertLink"), articleSnippet(t, a, origin))}
              </li>
            ))}
          </KnowledgeGroup>
        )}
        {query && found && found.tariffs.length > 0 && (
          <KnowledgeGroup title={t("knowledge.tariffs")}>
            {found.tariffs.map((x) => (
              <li key={x.id} data-testid="knowledge-tariff">
                <p className="font-medium">
                  {x.name} · {t("knowledge.perMonth", { amount: formatMoney(x.monthlyFee, locale) })}
                  {x.isArchived && <span className="text-muted"> ({t("knowledge.archived")})</span>}
                </p>
                <p className="text-muted">{allowanceText(t, x, locale)}</p>
                {x.nextFee && (
                  <p className="text-warning">
                    {t("knowledge.nextFee", {
                      date: formatDay(x.nextFee.effectiveFrom, locale),
                      amount: formatMoney(x.nextFee.monthlyFee, locale),
                    })}
                  </p>
                )}
                {insertButton(t("knowledge.insert"), tariffSnippet(t, x, locale))}
              </li>
            ))}
          </KnowledgeGroup>
        )}
        {query && found && found.options.length > 0 && (
          <KnowledgeGroup title={t("knowledge.options")}>
            {found.options.map((o) => (
              <li key={o.id} data-testid="knowledge-option">
                <p className="font-medium">
                  {o.name} · {t("knowledge.perMonth", { amount: formatMoney(o.monthlyFee, locale) })},{" "}
                  {t("knowledge.connection", { amount: formatMoney(o.connectionFee, locale) })}
                  {o.isArchived && <span className="text-muted"> ({t("knowledge.archived")})</span>}
                </p>
                <p className="text-muted">
                  {o.compatibleTariffs.length
                    ? t("knowledge.worksWith", { tariffs: o.compatibleTariffs.join(", ") })
                    : t("knowledge.worksWithAll")}
                </p>
                {o.includedInTariffs.length > 0 && (
                  <p className="text-muted">{t("knowledge.includedIn", { tariffs: o.includedInTariffs.join(", ") })}</p>
                )}
                {o.exclusiveGroup && <p className="text-muted">{t("knowledge.group", { group: o.exclusiveGroup })}</p>}
                {insertButton(t("knowledge.insert"), optionSnippet(t, o, locale))}
              </li>
            ))}
          </KnowledgeGroup>
        )}
      </div>
    </section>
  );
}

function KnowledgeGroup({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase">{title}</h3>
      <ul className="space-y-2">{children}</ul>
    </div>
  );
}
