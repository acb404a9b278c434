"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { helpCategories } from "@/server/domain/help/categories";
import type { ArticleField } from "@/server/domain/help/article-input";
import { ARTICLE_LIMITS } from "@/server/domain/help/article-limits";
import { Button } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";
import { tabClasses } from "@/components/ui/tabs";
import { cn } from "@/components/ui/cn";
import {
  checkDraft,
  EMPTY_DRAFT,
  fieldProblem,
  languageToShow,
  refusedFields,
  type ArticleDraft,
} from "./article-draft";

type Language = "ru" | "en";

// The preview's Markdown renderer (markdown-it, the page's largest library) is a chunk of its own: the server renders
// the preview into the page, and the browser fetches the renderer while hydrating, not before the page is usable.
const MarkdownBody = lazy(() =>
  import("@/components/help/markdown-body").then((module) => ({ default: module.MarkdownBody })),
);

/**
 * Creates an article (no `articleId`) or edits one from the version it was opened at; the preview beside the
 * text is the readers' own renderer, so what is seen here is what the help page shows.
 */
export function ArticleEditor({
  articleId,
  initial,
  version: openedVersion,
}: {
  articleId: string | null;
  initial: ArticleDraft | null;
  version: number;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<ArticleDraft>(initial ?? EMPTY_DRAFT);
  const [version, setVersion] = useState(openedVersion);
  const [language, setLanguage] = useState<Language>("ru");
  const [bad, setBad] = useState<ArticleField[]>([]);
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  // A newer version from the server that is not this editor's own save (a restore) replaces the draft; the own
  // save's refresh brings the version already held, and the "saved" notice stays.
  const [shownVersion, setShownVersion] = useState(openedVersion);
  if (openedVersion !== shownVersion) {
    setShownVersion(openedVersion);
    if (openedVersion !== version) {
      setDraft(initial ?? EMPTY_DRAFT);
      setVersion(openedVersion);
      setSavedVersion(null);
    }
  }

  const onError = (error: unknown) => {
    const fields = refusedFields(error);
    setBad(fields);
    setLanguage((current) => languageToShow(fields, current));
  };
  const create = useMutation(
    trpc.helpAdmin.create.mutationOptions({ onError, onSuccess: ({ id }) => router.push(`/admin/help/${id}`) }),
  );
  const update = useMutation(
    trpc.helpAdmin.update.mutationOptions({
      onError,
      onSuccess: (saved) => {
        setVersion(saved.version);
        setSavedVersion(saved.version);
        router.refresh();
      },
    }),
  );
  const save = articleId ? update : create;

  const set = <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSavedVersion(null);
  };
  const problem = (field: ArticleField) => {
    if (!bad.includes(field)) return undefined;
    const { key, params } = fieldProblem(field);
    return t(key, params);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = checkDraft(draft);
    setBad(found);
    if (found[0]) {
      setLanguage((current) => languageToShow(found, current));
      return;
    }
    const fields = { ...draft, category: draft.category as (typeof helpCategories)[number] };
    if (articleId) update.mutate({ ...fields, articleId, version });
    else create.mutate(fields);
  };

  const titleKey = language === "ru" ? "title" : "titleEn";
  const bodyKey = language === "ru" ? "body" : "bodyEn";
  const refusal = save.error && refusedFields(save.error).length === 0 ? errorMessage(save.error, t) : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-label={t("helpAdmin.save")}>
      <div className={cn(cardClasses({ padding: "sm" }), "grid gap-4 sm:grid-cols-2 sm:p-card")}>
        <Field
          label={t("helpAdmin.field.slug")}
          hint={t("helpAdmin.field.slugHint", { slug: draft.slug || "…" })}
          error={problem("slug")}
          id="article-slug"
        >
          {(control) => (
            <Input
              {...control}
              value={draft.slug}
              maxLength={ARTICLE_LIMITS.slug}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => set("slug", e.target.value)}
            />
          )}
        </Field>
        <Field label={t("helpAdmin.field.category")} error={problem("category")} id="article-category">
          {(control) => (
            <Select
              {...control}
              value={draft.category}
              onChange={(e) => set("category", e.target.value as ArticleDraft["category"])}
            >
              <option value="">—</option>
              {helpCategories.map((c) => (
                <option key={c} value={c}>
                  {t(`help.categories.${c}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <label className="flex items-center gap-2 text-sm font-medium sm:col-span-2">
          <input
            type="checkbox"
            className="size-4"
            checked={draft.isPublished}
            onChange={(e) => set("isPublished", e.target.checked)}
          />
          {t("helpAdmin.field.published")}
        </label>
      </div>

      <div role="group" aria-label={t("helpAdmin.languages")} className="flex gap-2">
        {(["ru", "en"] as const).map((l) => (
          <button
            key={l}
            type="button"
            aria-pressed={language === l}
            className={tabClasses({ current: language === l })}
            onClick={() => setLanguage(l)}
          >
            {t(`helpAdmin.language.${l}`)}
          </button>
        ))}
      </div>

      <div className="grid gap-4 lg:grid-cols-2">
        <div className={cn(cardClasses({ padding: "sm" }), "min-w-0 space-y-4 sm:p-card")}>
          <Field label={t("helpAdmin.field.title")} error={problem(titleKey)} id={`article-${titleKey}`}>
            {(control) => (
              <Input
                {...control}
                lang={language}
                value={draft[titleKey]}
                maxLength={ARTICLE_LIMITS.title}
                onChange={(e) => set(titleKey, e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t("helpAdmin.field.body")}
            hint={t("helpAdmin.field.bodyHint")}
            error={problem(bodyKey)}
            id={`article-${bodyKey}`}
          >
            {(control) => (
              <Textarea
                {...control}
                lang={language}
                rows={16}
                className="font-mono text-sm"
                value={draft[bodyKey]}
                maxLength={ARTICLE_LIMITS.body}
                onChange={(e) => set(bodyKey, e.target.value)}
              />
            )}
          </Field>
        </div>
        <section
          aria-labelledby="article-preview-title"
          className={cn(cardClasses({ padding: "sm" }), "min-w-0 sm:p-card")}
        >
          <h2 id="article-preview-title" className="mb-3 text-sm font-medium text-slate-600">
            {t("helpAdmin.preview")}
          </h2>
          <div lang={language} data-testid="article-preview">
            {draft[titleKey].trim() && <p className="mb-3 text-title break-words">{draft[titleKey]}</p>}
            {draft[bodyKey].trim() ? (
              <Suspense>
                <MarkdownBody source={draft[bodyKey]} />
              </Suspense>
            ) : (
              <p className="text-sm text-slate-500">{t("helpAdmin.previewEmpty")}</p>
            )}
          </div>
        </section>
      </div>

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={save.isPending}>
          {save.isPending ? t("helpAdmin.saving") : t("helpAdmin.save")}
        </Button>
        <p role="status" className="text-sm">
          {savedVersion !== null && (
            <span className={noticeClasses({ tone: "success" })}>
              {t("helpAdmin.saved", { version: savedVersion })}
            </span>
          )}
        </p>
      </div>
      {refusal && (
        <p role="alert" className={noticeClasses({ tone: "danger" })} data-testid="article-refusal">
          {refusal}
        </p>
      )}
    </form>
  );
}
