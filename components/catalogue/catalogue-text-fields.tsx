"use client";

import { useTranslations } from "next-intl";
import { Field, Input, Textarea } from "@/components/ui/field";
import { CATALOGUE_LIMITS } from "@/server/domain/catalogue/catalogue-limits";

export interface LocalizedTexts {
  name: string;
  nameEn: string;
  description: string;
  descriptionEn: string;
}

/** Code (new records only), names and descriptions in both languages, each with its own error. */
export function CatalogueTextFields({
  values,
  onChange,
  code,
  error,
  prefix,
}: {
  values: LocalizedTexts;
  onChange: (key: keyof LocalizedTexts | "code", value: string) => void;
  /** Present for a new record: its code is typed once. */
  code?: string;
  error: (field: string) => string | null;
  prefix: string;
}) {
  const t = useTranslations();
  const names = ["name", "nameEn"] as const;
  const descriptions = ["description", "descriptionEn"] as const;
  return (
    <>
      {code !== undefined && (
        <Field
          id={`${prefix}-code`}
          label={t("catalogue.tariffs.field.code")}
          hint={t("catalogue.tariffs.field.codeHint")}
          error={error("code")}
        >
          {(control) => (
            <Input
              {...control}
              value={code}
              onChange={(e) => onChange("code", e.target.value)}
              autoComplete="off"
              spellCheck={false}
              className="max-w-xs"
            />
          )}
        </Field>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {names.map((key) => (
          <Field key={key} id={`${prefix}-${key}`} label={t(`catalogue.tariffs.field.${key}`)} error={error(key)}>
            {(control) => (
              <Input
                {...control}
                value={values[key]}
                maxLength={CATALOGUE_LIMITS.name}
                onChange={(e) => onChange(key, e.target.value)}
                autoComplete="off"
              />
            )}
          </Field>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {descriptions.map((key) => (
          <Field key={key} id={`${prefix}-${key}`} label={t(`catalogue.tariffs.field.${key}`)} error={error(key)}>
            {(control) => (
              <Textarea
                {...control}
                rows={3}
                value={values[key]}
                maxLength={CATALOGUE_LIMITS.description}
                onChange={(e) => onChange(key, e.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
    </>
  );
}
