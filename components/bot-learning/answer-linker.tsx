"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

const RESULTS = 5;

/** Links a question group to a published article found by title, or takes the link back. */
export function AnswerLinker({
  normalized,
  linked,
}: {
  normalized: string;
  linked: { id: string; title: string } | null;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const searchId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const found = useQuery({
    ...trpc.helpAdmin.list.queryOptions({ query: query.trim(), status: "published", page: 1 }),
    enabled: open,
  });
  const link = useMutation(
    trpc.botLearning.link.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );

  return (
    <div className="space-y-2">
      {linked && <p className="text-sm">{t("botLearning.linkedTo", { title: linked.title })}</p>}
      {done && (
        <p role="status" className={noticeClasses({ tone: "success" })}>
          {t("botLearning.linked", { title: done })}
        </p>
      )}
      {link.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(link.error, t)}
        </p>
      )}
      {!open ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
            {linked ? t("botLearning.change") : t("botLearning.link")}
          </Button>
          {linked && (
            <Button
              variant="ghost"
              size="sm"
              disabled={link.isPending}
              onClick={() => {
                setDone(null);
                link.mutate({ normalized, articleId: null });
              }}
            >
              {t("botLearning.unlink")}
            </Button>
          )}
        </div>
      ) : (
        <div className="space-y-2">
          <label htmlFor={searchId} className="block text-sm font-medium">
            {t("botLearning.search")}
          </label>
          <Input
            id={searchId}
            type="search"
            value={query}
            maxLength={200}
            placeholder={t("botLearning.searchHint")}
            className="text-sm"
            autoFocus
            onChange={(e) => setQuery(e.target.value)}
          />
          <ul className="space-y-1" aria-live="polite">
            {found.data?.items.slice(0, RESULTS).map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-2 text-sm">
                <span className="min-w-0 break-words">{a.title}</span>
                <Button
                  size="sm"
                  disabled={link.isPending}
                  aria-label={`${t("botLearning.choose")}: ${a.title}`}
                  onClick={() => {
                    setDone(a.title);
                    link.mutate({ normalized, articleId: a.id });
                  }}
                >
                  {t("botLearning.choose")}
                </Button>
              </li>
            ))}
            {found.data?.items.length === 0 && (
              <li className="text-sm text-slate-600">{t("botLearning.noArticles")}</li>
            )}
          </ul>
          <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
            {t("botLearning.cancel")}
          </Button>
        </div>
      )}
    </div>
  );
}
