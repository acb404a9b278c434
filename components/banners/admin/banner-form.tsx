"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useEffect, useState, type FormEvent, type ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import type { BannerPlacement } from "@/server/generated/prisma/enums";
import { BANNER_LIMITS } from "@/server/domain/banners/banner-limits";
import type { BannerDetails } from "@/server/domain/banners/get-banner";
import type { BannerChoices } from "@/server/domain/banners/list-banner-choices";
import { AudienceEditor } from "./audience-editor";
import {
  bannerDraft,
  bannerInputFrom,
  fieldProblem,
  refusedFields,
  type BannerDraft,
  type DraftField,
} from "./banner-draft";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { localizedName } from "@/i18n/locales";

// The check before sending runs the server's zod schema: fetched as the form hydrates, not with the page.
const loadCheck = () => import("./banner-check");
// The preview (the site's own banner view) and the image upload likewise: the server renders them into the page, the
// browser fetches them then.
const BannerPreview = lazy(() => import("./banner-preview").then((module) => ({ default: module.BannerPreview })));
const BannerImageField = lazy(() =>
  import("./banner-image-field").then((module) => ({ default: module.BannerImageField })),
);

const input = "mt-1 block w-full rounded-md border border-line bg-surface px-3 py-2 text-sm aria-invalid:border-danger";
type TextField = "title" | "text" | "ctaLabel" | "topic";

function Field({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error: string | null;
  children: ReactNode;
}) {
  return (
    <div>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-danger-strong">
          {error}
        </p>
      )}
    </div>
  );
}

/**
 * Creates a draft (no `banner`) or edits every field of one; the preview follows what is typed. The page gives the
 * placements (Prisma's enum), so the browser does not load the module of every enum for one list.
 */
export function BannerForm({
  banner,
  choices,
  placements,
}: {
  banner: BannerDetails | null;
  choices: BannerChoices;
  placements: BannerPlacement[];
}) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [draft, setDraft] = useState<BannerDraft>(() => bannerDraft(banner));
  const [badFields, setBadFields] = useState<DraftField[]>([]);
  const [saved, setSaved] = useState(false);
  const readOnly = banner?.status === "ARCHIVED";

  const onError = (error: unknown) => setBadFields(refusedFields(error));
  // Sends without React Query's mutation hook (the page reads nothing through it): less to load with the form.
  const create = useApiMutation((api) => api.banners.create, {
    onError,
    onSuccess: ({ id }) => router.push(`/admin/banners/${id}`),
  });
  const update = useApiMutation((api) => api.banners.update, {
    onError,
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  const save = banner ? update : create;
  useEffect(() => void loadCheck(), []);

  const set = <K extends keyof BannerDraft>(key: K, value: BannerDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setSaved(false);
  };
  const problem = (field: DraftField) => {
    if (!badFields.includes(field)) return null;
    const { key, params } = fieldProblem(field, draft);
    return t(key, params);
  };
  const describedBy = (id: string, field: DraftField, hint = false) =>
    [hint ? `${id}-hint` : "", badFields.includes(field) ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { checkDraft } = await loadCheck();
    const bad = checkDraft(draft);
    setBadFields(bad);
    if (bad[0]) {
      document.getElementById(bad[0] === "audience" ? "banner-audience-kind" : `banner-${bad[0]}`)?.focus();
      return;
    }
    const values = bannerInputFrom(draft) as Parameters<typeof create.mutate>[0];
    if (banner) update.mutate({ ...values, bannerId: banner.id });
    else create.mutate(values);
  };

  const textInput = (field: TextField, multiline = false) => {
    const id = `banner-${field}`;
    const props = {
      id,
      value: draft[field],
      maxLength: BANNER_LIMITS[field],
      required: true,
      "aria-invalid": badFields.includes(field) || undefined,
      "aria-describedby": describedBy(id, field, true),
      className: input,
    };
    const hint =
      field === "topic"
        ? `${t("banners.field.topicHint")} ${t("banners.field.lengthHint", { max: BANNER_LIMITS.topic })}`
        : t("banners.field.lengthHint", { max: BANNER_LIMITS[field] });
    return (
      <Field id={id} label={t(`banners.field.${field}`)} hint={hint} error={problem(field)}>
        {multiline ? (
          <textarea {...props} rows={3} onChange={(e) => set(field, e.target.value)} />
        ) : (
          <input {...props} autoComplete="off" onChange={(e) => set(field, e.target.value)} />
        )}
      </Field>
    );
  };
  // What the banner's button offers: a tariff or an option, archived ones only when already chosen.
  const offerSelect = (
    field: "offerTariffId" | "offerOptionId",
    items: Array<{ id: string; name: string; nameEn: string; isArchived: boolean }>,
  ) => (
    <Field id={`banner-${field}`} label={t(`banners.field.${field}`)} error={problem(field)}>
      <select
        id={`banner-${field}`}
        value={draft[field]}
        onChange={(e) => set(field, e.target.value)}
        className={input}
      >
        <option value="">{t("banners.field.noOffer")}</option>
        {items
          .filter((c) => !c.isArchived || c.id === draft[field])
          .map((c) => (
            <option key={c.id} value={c.id}>
              {localizedName(c, locale)}
            </option>
          ))}
      </select>
    </Field>
  );

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        className={cn(cardClasses({ padding: "sm" }), "min-w-0 space-y-4 text-sm sm:p-card")}
        aria-label={banner ? t("banners.editTitle", { title: banner.title }) : t("banners.newTitle")}
      >
        {readOnly && <p className="rounded-md bg-subtle p-3 text-muted">{t("banners.readOnly")}</p>}
        <fieldset disabled={readOnly} className="space-y-4">
          {textInput("title")}
          {textInput("text", true)}
          {textInput("ctaLabel")}
          {textInput("topic")}
          <Field id="banner-placement" label={t("banners.field.placement")} error={problem("placement")}>
            <select
              id="banner-placement"
              value={draft.placement}
              onChange={(e) => set("placement", e.target.value as BannerPlacement)}
              className={input}
            >
              {placements.map((p) => (
                <option key={p} value={p}>
                  {t(`banners.placement.${p}`)}
                </option>
              ))}
            </select>
          </Field>
          {banner && banner.audience === null && (
            <p className={noticeClasses({ tone: "warning" })}>{t("banners.audience.unreadable")}</p>
          )}
          <AudienceEditor
            value={draft.audience}
            onChange={(a) => set("audience", a)}
            choices={choices}
            error={problem("audience")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            {(["startsAt", "endsAt"] as const).map((field) => (
              <Field key={field} id={`banner-${field}`} label={t(`banners.field.${field}`)} error={problem(field)}>
                <input
                  id={`banner-${field}`}
                  type="datetime-local"
                  required
                  value={draft[field]}
                  onChange={(e) => set(field, e.target.value)}
                  aria-invalid={badFields.includes(field) || undefined}
                  aria-describedby={describedBy(`banner-${field}`, field)}
                  className={input}
                />
              </Field>
            ))}
          </div>
          <Field
            id="banner-priority"
            label={t("banners.field.priority")}
            hint={t("banners.field.priorityHint")}
            error={problem("priority")}
          >
            <input
              id="banner-priority"
              type="number"
              inputMode="numeric"
              min={0}
              max={BANNER_LIMITS.priorityMax}
              step={1}
              required
              value={draft.priority}
              onChange={(e) => set("priority", e.target.value)}
              aria-invalid={badFields.includes("priority") || undefined}
              aria-describedby={describedBy("banner-priority", "priority", true)}
              className={`${input} max-w-32`}
            />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            {offerSelect("offerTariffId", choices.tariffs)}
            {offerSelect("offerOptionId", choices.options)}
          </div>
          <Suspense>
            <BannerImageField value={draft.image} onChange={(image) => set("image", image)} />
          </Suspense>
          {badFields.includes("image") && (
            <p role="alert" className="text-xs text-danger-strong">
              {t("banners.invalid.reference")}
            </p>
          )}
        </fieldset>
        {badFields[0] && (
          <p className="sr-only" role="status">
            {t("banners.invalid.summary", {
              field: t(`banners.field.${badFields[0] === "image" ? "imageId" : badFields[0]}`),
            })}
          </p>
        )}
        {save.error && refusedFields(save.error).length === 0 && (
          <p role="alert" className={noticeClasses({ tone: "danger" })}>
            {errorMessage(save.error, t)}
          </p>
        )}
        <p aria-live="polite" className="text-success">
          {saved ? t("banners.saved") : ""}
        </p>
        {!readOnly && (
          <button type="submit" disabled={save.isPending} className={buttonClasses()}>
            {banner ? t("banners.save") : t("banners.create")}
          </button>
        )}
      </form>
      {/* min-w-0: the wide desktop preview scrolls inside its panel instead of widening the page on a phone. */}
      <div className="min-w-0 lg:sticky lg:top-4 lg:self-start">
        <Suspense>
          <BannerPreview
            banner={{
              id: banner?.id ?? "preview",
              title: draft.title,
              text: draft.text,
              // A button without a text has no name for a screen reader: the preview shows where it goes.
              ctaLabel: draft.ctaLabel.trim() || t("banners.preview.emptyCta"),
              topic: draft.topic,
              imageUrl: draft.image?.imageUrl ?? null,
              imagePhoneUrl: draft.image?.imagePhoneUrl ?? null,
            }}
          />
        </Suspense>
      </div>
    </div>
  );
}
