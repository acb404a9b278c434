"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { TRPCClientError } from "@trpc/client";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { CANNED_LIMITS } from "@/server/domain/canned/canned-limits";
import type { CannedForEditing } from "@/server/domain/canned/list-canned";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

type FormField = "title" | "shortcut" | "text" | "textEn";
const formFields: FormField[] = ["title", "shortcut", "text", "textEn"];

/** The fields the server refused (zod issues, or the domain's one named field such as a taken shortcut). */
function refusedFields(error: unknown): FormField[] {
  if (!(error instanceof TRPCClientError)) return [];
  const data = error.data as { fieldErrors?: Array<{ path: string }> | null; details?: { field?: string } | null };
  const paths = [...(data?.fieldErrors?.map((f) => f.path) ?? []), data?.details?.field ?? ""];
  return formFields.filter((f) => paths.includes(f));
}

/** Adds a reply (shared only for content staff) or edits one over the version it was loaded at. */
export function CannedForm({
  reply,
  canEditShared,
  onDone,
}: {
  reply: CannedForEditing | null;
  canEditShared: boolean;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState({
    scope: reply?.scope ?? (canEditShared ? "shared" : "personal"),
    title: reply?.title ?? "",
    shortcut: reply?.shortcut ?? "",
    text: reply?.text ?? "",
    textEn: reply?.textEn ?? "",
  });
  const [bad, setBad] = useState<FormField[]>([]);
  const done = () => {
    router.refresh();
    onDone();
  };
  const onError = (error: unknown) => {
    const fields = refusedFields(error);
    setBad(fields);
    if (fields[0]) document.getElementById(`canned-field-${fields[0]}`)?.focus();
  };
  const create = useMutation(trpc.canned.create.mutationOptions({ onError, onSuccess: done }));
  const update = useMutation(trpc.canned.update.mutationOptions({ onError, onSuccess: done }));
  const save = reply ? update : create;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBad([]);
    const { scope, ...fields } = draft;
    if (reply) update.mutate({ ...fields, cannedId: reply.id, version: reply.version });
    else create.mutate({ ...fields, scope });
  };
  const max = (field: FormField) =>
    field === "title" || field === "shortcut" ? CANNED_LIMITS[field] : CANNED_LIMITS.text;
  const text = (field: FormField, multiline = false) => (
    <Field
      id={`canned-field-${field}`}
      label={t(`canned.field.${field}`)}
      hint={field === "shortcut" ? t("canned.field.shortcutHint", { max: CANNED_LIMITS.shortcut }) : undefined}
      error={bad.includes(field) ? t(`canned.invalid.${field}`, { max: max(field) }) : undefined}
    >
      {(control) =>
        multiline ? (
          <Textarea
            {...control}
            rows={3}
            maxLength={max(field)}
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
          />
        ) : (
          <Input
            {...control}
            autoComplete="off"
            maxLength={max(field)}
            value={draft[field]}
            onChange={(e) => setDraft({ ...draft, [field]: e.target.value })}
          />
        )
      }
    </Field>
  );

  return (
    <form
      onSubmit={submit}
      noValidate
      className="space-y-3"
      aria-label={reply ? t("canned.editReply", { title: reply.title }) : t("canned.newReply")}
    >
      {!reply && canEditShared && (
        <Field id="canned-scope" label={t("canned.field.scope")}>
          {(control) => (
            <Select
              {...control}
              value={draft.scope}
              onChange={(e) => setDraft({ ...draft, scope: e.target.value as "shared" | "personal" })}
            >
              <option value="shared">{t("canned.field.scopeShared")}</option>
              <option value="personal">{t("canned.field.scopePersonal")}</option>
            </Select>
          )}
        </Field>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {text("title")}
        {text("shortcut")}
      </div>
      {text("text", true)}
      {text("textEn", true)}
      {save.error && bad.length === 0 && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(save.error, t)}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={save.isPending}>
          {reply ? t("canned.save") : t("canned.create")}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t("canned.cancel")}
        </Button>
      </div>
    </form>
  );
}
