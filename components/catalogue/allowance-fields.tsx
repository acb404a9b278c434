"use client";

import { useTranslations } from "next-intl";
import { Field, Input } from "@/components/ui/field";
import { gbText, mbFromGb, wholeFrom } from "./form-values";

/** The three parts of a monthly package as a form types them: minutes, gigabytes, SMS. */
export interface AllowanceDraft {
  minutes: string;
  gb: string;
  sms: string;
}

const PARTS = [
  ["minutes", "Minutes", "numeric"],
  ["gb", "Mb", "decimal"],
  ["sms", "Sms", "numeric"],
] as const;

/**
 * A tariff's package (`included…`) or what an option adds to it (`extra…`): the server's field names are
 * `<field>Minutes`, `<field>Mb`, `<field>Sms`.
 */
export function AllowanceFields({
  idPrefix,
  field,
  value,
  onChange,
  error,
}: {
  idPrefix: string;
  field: "included" | "extra";
  value: AllowanceDraft;
  onChange: (next: AllowanceDraft) => void;
  error: (serverField: string) => string | null;
}) {
  const t = useTranslations();
  const labels =
    field === "included"
      ? {
          minutes: t("catalogue.tariffs.field.includedMinutes"),
          gb: t("catalogue.tariffs.field.includedGb"),
          sms: t("catalogue.tariffs.field.includedSms"),
        }
      : {
          minutes: t("catalogue.options.field.extraMinutes"),
          gb: t("catalogue.options.field.extraGb"),
          sms: t("catalogue.options.field.extraSms"),
        };
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {PARTS.map(([part, suffix, inputMode]) => (
        <Field key={part} id={`${idPrefix}-${field}-${part}`} label={labels[part]} error={error(`${field}${suffix}`)}>
          {(control) => (
            <Input
              {...control}
              inputMode={inputMode}
              value={value[part]}
              onChange={(e) => onChange({ ...value, [part]: e.target.value })}
              autoComplete="off"
            />
          )}
        </Field>
      ))}
    </div>
  );
}

/** Minutes, megabytes and SMS as the form shows them for editing. */
export function allowanceDraft(minutes: number, mb: number, sms: number): AllowanceDraft {
  return { minutes: String(minutes), gb: gbText(mb), sms: String(sms) };
}

/** The typed package as numbers (NaN where it is not one, so the server names the field). */
export function allowanceNumbers(draft: AllowanceDraft) {
  return { minutes: wholeFrom(draft.minutes), mb: mbFromGb(draft.gb), sms: wholeFrom(draft.sms) };
}
