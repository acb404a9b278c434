"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { Field, Input } from "@/components/ui/field";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";
import { CATALOGUE_LIMITS } from "@/server/domain/catalogue/catalogue-limits";
import type { AdminOption } from "@/server/domain/catalogue/list-catalogue";
import { CatalogueTextFields } from "./catalogue-text-fields";
import { MoneyField } from "./money-field";
import { fieldProblem } from "./field-problem";
import { kopecksFrom, refusal, roublesText } from "./form-values";
import { AllowanceFields, allowanceDraft, allowanceNumbers, type AllowanceDraft } from "./allowance-fields";
import { OptionMatrixField, type Matrix, type MatrixTariff } from "./option-matrix-field";

/** Creates an option (no `option`) or edits one with its fees, group and tariff matrix. */
export function OptionForm({
  option,
  tariffs,
  groups,
}: {
  option: AdminOption | null;
  tariffs: MatrixTariff[];
  groups: string[];
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [draft, setDraft] = useState({
    code: "",
    name: option?.name ?? "",
    nameEn: option?.nameEn ?? "",
    description: option?.description ?? "",
    descriptionEn: option?.descriptionEn ?? "",
    connectionFee: option ? roublesText(option.connectionFee) : "0",
    monthlyFee: option ? roublesText(option.monthlyFee) : "",
    exclusiveGroup: option?.exclusiveGroup ?? "",
  });
  const [allowance, setAllowance] = useState<AllowanceDraft>(
    allowanceDraft(option?.extraMinutes ?? 0, option?.extraMb ?? 0, option?.extraSms ?? 0),
  );
  const [matrix, setMatrix] = useState<Matrix>({
    compatible: option?.compatibleTariffIds ?? [],
    included: option?.includedInTariffIds ?? [],
  });
  const set = (key: keyof typeof draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const back = () => {
    router.push("/admin/options");
    router.refresh();
  };
  const create = useMutation(trpc.catalogue.createOption.mutationOptions({ onSuccess: back }));
  const update = useMutation(trpc.catalogue.updateOption.mutationOptions({ onSuccess: back }));
  const save = option ? update : create;

  const refused = refusal(save.error);
  const error = (field: string) => {
    if (!refused.fields.includes(field)) return null;
    const { key, params } = fieldProblem(field, refused.code);
    return t(key, params);
  };
  const formError = save.error && refused.fields.length === 0 ? errorMessage(save.error, t) : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const extra = allowanceNumbers(allowance);
    const fields = {
      name: draft.name,
      nameEn: draft.nameEn,
      description: draft.description,
      descriptionEn: draft.descriptionEn,
      connectionFee: kopecksFrom(draft.connectionFee),
      monthlyFee: kopecksFrom(draft.monthlyFee),
      exclusiveGroup: draft.exclusiveGroup,
      extraMinutes: extra.minutes,
      extraMb: extra.mb,
      extraSms: extra.sms,
      compatibleTariffIds: matrix.compatible,
      includedInTariffIds: matrix.included,
    };
    if (option) update.mutate({ ...fields, optionId: option.id, version: option.version });
    else create.mutate({ ...fields, code: draft.code });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={option ? t("catalogue.options.editTitle", { name: option.name }) : t("catalogue.options.newTitle")}
      className={cn(cardClasses({ padding: "sm" }), "max-w-3xl space-y-4 sm:p-card")}
    >
      <CatalogueTextFields
        prefix="option"
        values={draft}
        code={option ? undefined : draft.code}
        onChange={set}
        error={error}
      />
      <div className="grid gap-4 sm:grid-cols-3">
        {(["connectionFee", "monthlyFee"] as const).map((key) => (
          <MoneyField
            key={key}
            id={`option-${key}`}
            label={t(`catalogue.options.field.${key}`)}
            error={error(key)}
            value={draft[key]}
            onChange={(value) => set(key, value)}
          />
        ))}
        <Field
          id="option-exclusiveGroup"
          label={t("catalogue.options.field.exclusiveGroup")}
          hint={t("catalogue.options.field.exclusiveGroupHint")}
          error={error("exclusiveGroup")}
        >
          {(control) => (
            <Input
              {...control}
              list="option-groups"
              maxLength={CATALOGUE_LIMITS.group}
              value={draft.exclusiveGroup}
              onChange={(e) => set("exclusiveGroup", e.target.value)}
              autoComplete="off"
            />
          )}
        </Field>
        <datalist id="option-groups">
          {groups.map((g) => (
            <option key={g} value={g} />
          ))}
        </datalist>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium">{t("catalogue.options.field.extraLegend")}</legend>
        <AllowanceFields idPrefix="option" field="extra" value={allowance} onChange={setAllowance} error={error} />
      </fieldset>
      <OptionMatrixField
        tariffs={tariffs}
        value={matrix}
        onChange={setMatrix}
        error={error("includedInTariffIds") ?? error("compatibleTariffIds")}
      />
      {formError && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {formError}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={save.isPending} className={buttonClasses({ size: "lg" })}>
          {option ? t("catalogue.actions.save") : t("catalogue.actions.create")}
        </button>
        <button
          type="button"
          onClick={() => router.push("/admin/options")}
          className={buttonClasses({ variant: "secondary", size: "lg" })}
        >
          {t("catalogue.actions.cancel")}
        </button>
      </div>
    </form>
  );
}
