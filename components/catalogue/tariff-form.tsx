"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { lazy, Suspense, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { Field, Input } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import type { AdminTariff } from "@/server/domain/catalogue/list-catalogue";
import { CatalogueTextFields } from "./catalogue-text-fields";
import { MoneyField } from "./money-field";
import { fieldProblem } from "./field-problem";
import { kopecksFrom, refusal, roublesText } from "./form-values";
import { AllowanceFields, allowanceDraft, allowanceNumbers, type AllowanceDraft } from "./allowance-fields";

// The fee's reach is asked only once the fee changes: its reading (React Query's useQuery) is a chunk of its own,
// fetched while the form hydrates.
const FeePreview = lazy(() => import("./fee-preview").then((module) => ({ default: module.FeePreview })));

/** Creates a tariff (no `tariff`) or edits one; a changed fee says how many accounts it reaches before saving. */
export function TariffForm({ tariff, defaultFeeDay }: { tariff: AdminTariff | null; defaultFeeDay: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState({
    code: "",
    name: tariff?.name ?? "",
    nameEn: tariff?.nameEn ?? "",
    description: tariff?.description ?? "",
    descriptionEn: tariff?.descriptionEn ?? "",
    monthlyFee: tariff ? roublesText(tariff.monthlyFee) : "",
    feeEffectiveFrom: defaultFeeDay,
  });
  const [allowance, setAllowance] = useState<AllowanceDraft>(
    tariff
      ? allowanceDraft(tariff.includedMinutes, tariff.includedMb, tariff.includedSms)
      : { minutes: "", gb: "", sms: "" },
  );
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const included = allowanceNumbers(allowance);
  const fields = {
    name: draft.name,
    nameEn: draft.nameEn,
    description: draft.description,
    descriptionEn: draft.descriptionEn,
    monthlyFee: kopecksFrom(draft.monthlyFee),
    includedMinutes: included.minutes,
    includedMb: included.mb,
    includedSms: included.sms,
  };
  const back = () => {
    router.push("/admin/tariffs");
    router.refresh();
  };
  const create = useMutation(trpc.catalogue.createTariff.mutationOptions({ onSuccess: back }));
  const update = useMutation(trpc.catalogue.updateTariff.mutationOptions({ onSuccess: back }));
  const save = tariff ? update : create;
  const feeChanged = tariff !== null && !Number.isNaN(fields.monthlyFee) && fields.monthlyFee !== tariff.monthlyFee;
  const [dayRefused, setDayRefused] = useState(false);

  const refused = refusal(save.error);
  const error = (field: string) => {
    if (!refused.fields.includes(field)) return null;
    const { key, params } = fieldProblem(field, refused.code);
    return t(key, params);
  };
  // The preview checks the day as soon as it is picked, before anything is saved.
  const dayError = error("feeEffectiveFrom") ?? (dayRefused ? t("catalogue.invalid.feeEffectiveFrom") : null);
  const formError = save.error && refused.fields.length === 0 ? errorMessage(save.error, t) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (tariff)
      update.mutate({
        ...fields,
        tariffId: tariff.id,
        version: tariff.version,
        feeEffectiveFrom: draft.feeEffectiveFrom,
      });
    else create.mutate({ ...fields, code: draft.code });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={tariff ? t("catalogue.tariffs.editTitle", { name: tariff.name }) : t("catalogue.tariffs.newTitle")}
      className={cn(cardClasses({ padding: "sm" }), "max-w-3xl space-y-4 sm:p-card")}
    >
      <CatalogueTextFields
        prefix="tariff"
        values={draft}
        code={tariff ? undefined : draft.code}
        onChange={set}
        error={error}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <MoneyField
          id="tariff-monthlyFee"
          label={t("catalogue.tariffs.field.monthlyFee")}
          error={error("monthlyFee")}
          value={draft.monthlyFee}
          onChange={(value) => set("monthlyFee", value)}
        />
        {tariff && (
          <Field
            id="tariff-feeEffectiveFrom"
            label={t("catalogue.tariffs.field.feeEffectiveFrom")}
            hint={t("catalogue.tariffs.field.feeEffectiveFromHint")}
            error={dayError}
          >
            {(control) => (
              <Input
                {...control}
                type="date"
                value={draft.feeEffectiveFrom}
                onChange={(e) => set("feeEffectiveFrom", e.target.value)}
              />
            )}
          </Field>
        )}
      </div>
      {tariff && (
        <Suspense>
          <FeePreview
            tariffId={tariff.id}
            monthlyFee={fields.monthlyFee}
            feeEffectiveFrom={draft.feeEffectiveFrom}
            feeChanged={feeChanged}
            onDayRefused={setDayRefused}
          />
        </Suspense>
      )}
      <AllowanceFields idPrefix="tariff" field="included" value={allowance} onChange={setAllowance} error={error} />
      {formError && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={save.isPending} className={buttonClasses({ size: "lg" })}>
          {tariff ? t("catalogue.actions.save") : t("catalogue.actions.create")}
        </button>
        <button
          type="button"
          onClick={() => router.push("/admin/tariffs")}
          className={buttonClasses({ variant: "secondary", size: "lg" })}
        >
          {t("catalogue.actions.cancel")}
        </button>
      </div>
    </form>
  );
}
