"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { HINT_LIMITS } from "@/server/domain/hints/hint-targets";
import type { HintArticleChoice, HintForEditing } from "@/server/domain/hints/list-hints";
import { Button } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { Field, Select, Textarea } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { HintTargetingFields } from "./hint-targeting-fields";
import { hintDraft, hintInputFrom, refusedFields, type HintDraft, type HintField } from "./hint-draft";

// The audience count is a chunk of its own (its React Query reading with it): the server renders the panel into the
// page and the browser fetches it while hydrating; the form does not wait for it.
const HintAudiencePreview = lazy(() =>
  import("./hint-audience-preview").then((module) => ({ default: module.HintAudiencePreview })),
);

/** Creates a hint (no `hint`) or edits one over the version it was loaded at; the audience follows the conditions. */
export function HintForm({ hint, articles }: { hint: HintForEditing | null; articles: HintArticleChoice[] }) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState<HintDraft>(() => hintDraft(hint));
  const [refused, setRefused] = useState<Partial<Record<HintField, string>>>({});
  const [saved, setSaved] = useState(false);

  const onError = (error: unknown) => {
    const fields = refusedFields(error);
    setRefused(fields);
    const first = Object.keys(fields)[0];
    if (first) document.getElementById(`hint-${first === "link" ? "linkKind" : first}`)?.focus();
  };
  const create = useMutation(
    trpc.hints.create.mutationOptions({ onError, onSuccess: ({ id }) => router.push(`/admin/hints/${id}`) }),
  );
  const update = useMutation(
    trpc.hints.update.mutationOptions({
      onError,
      onSuccess: () => {
        setSaved(true);
        router.refresh();
      },
    }),
  );
  const save = hint ? update : create;

  const set = <K extends keyof HintDraft>(key: K, value: HintDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const problem = (field: HintField): string | null => {
    const code = refused[field];
    if (code === undefined) return null;
    if (field === "pages" && code === "custom") return t("hintEditor.invalid.FAILURE_NOT_ON_PAGE");
    if (field === "text" || field === "textEn") return t("hintEditor.invalid.text", { max: HINT_LIMITS.text });
    if (field === "priority") return t("hintEditor.invalid.priority", { max: HINT_LIMITS.priorityMax });
    return t(`hintEditor.invalid.${field}`);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setRefused({});
    if (hint) update.mutate({ ...hintInputFrom(draft), hintId: hint.id, version: hint.version });
    else create.mutate(hintInputFrom(draft));
  };

  const textField = (field: "text" | "textEn") => (
    <Field
      id={`hint-${field}`}
      label={t(`hintEditor.field.${field}`)}
      hint={t("hintEditor.field.textHint", { max: HINT_LIMITS.text })}
      error={problem(field)}
    >
      {(control) => (
        <Textarea
          {...control}
          rows={3}
          maxLength={HINT_LIMITS.text}
          value={draft[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <form
        onSubmit={submit}
        noValidate
        className={cn(cardClasses({ padding: "sm" }), "min-w-0 space-y-4 sm:p-card")}
        aria-label={hint ? t("hintEditor.editTitle") : t("hintEditor.newTitle")}
      >
        {textField("text")}
        {textField("textEn")}
        <HintTargetingFields draft={draft} set={set} problem={problem} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="hint-linkKind" label={t("hintEditor.field.link")} error={problem("link")}>
            {(control) => (
              <Select
                {...control}
                value={draft.linkKind}
                onChange={(e) => set("linkKind", e.target.value as HintDraft["linkKind"])}
              >
                <option value="none">{t("hintEditor.field.linkNone")}</option>
                <option value="chat">{t("hintEditor.field.linkChat")}</option>
                <option value="article">{t("hintEditor.field.linkArticle")}</option>
              </Select>
            )}
          </Field>
          {draft.linkKind === "article" && (
            <Field id="hint-articleId" label={t("hintEditor.field.article")}>
              {(control) => (
                <Select {...control} value={draft.articleId} onChange={(e) => set("articleId", e.target.value)}>
                  <option value="" disabled />
                  {articles.map((a) => (
                    <option key={a.id} value={a.id}>
                      {locale === "en" ? a.titleEn : a.title}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
        </div>
        {save.error && Object.keys(refused).length === 0 && (
          <p role="alert" className={noticeClasses({ tone: "danger" })}>
            {errorMessage(save.error, t)}
          </p>
        )}
        <p aria-live="polite" className="text-sm text-success">
          {saved ? t("hintEditor.saved") : ""}
        </p>
        <Button type="submit" disabled={save.isPending}>
          {hint ? t("hintEditor.save") : t("hintEditor.create")}
        </Button>
      </form>
      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <Suspense>
          <HintAudiencePreview draft={draft} hintId={hint?.id ?? null} />
        </Suspense>
      </div>
    </div>
  );
}
