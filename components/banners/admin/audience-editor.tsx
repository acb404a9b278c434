"use client";

import { useLocale, useTranslations } from "next-intl";
import type { BannerChoices } from "@/server/domain/banners/list-banner-choices";
import { AUDIENCE_KINDS, type AudienceDraft, type AudienceKind } from "./audience-draft";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { localizedName } from "@/i18n/locales";

const input = cn(controlClasses, "text-sm");

/** Kind of audience, then only the inputs that kind needs: tariffs, an option or a balance threshold. */
export function AudienceEditor({
  value,
  onChange,
  choices,
  error,
  disabled,
}: {
  value: AudienceDraft;
  onChange: (next: AudienceDraft) => void;
  choices: BannerChoices;
  error: string | null;
  disabled?: boolean;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const name = (item: { name: string; nameEn: string; isArchived: boolean }) =>
    `${localizedName(item, locale)}${item.isArchived ? ` (${t("banners.audience.archived")})` : ""}`;
  const toggleTariff = (id: string, on: boolean) =>
    onChange({ ...value, tariffIds: on ? [...value.tariffIds, id] : value.tariffIds.filter((v) => v !== id) });
  const errorId = "banner-audience-error";
  return (
    <fieldset
      disabled={disabled}
      aria-describedby={error ? errorId : undefined}
      className="space-y-3 rounded-lg border border-line-soft p-3"
    >
      <legend className="px-1 font-medium">{t("banners.audience.legend")}</legend>
      <div>
        <label htmlFor="banner-audience-kind">{t("banners.audience.kind")}</label>
        <select
          id="banner-audience-kind"
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.target.value as AudienceKind })}
          className={input}
        >
          {AUDIENCE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`banners.audience.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {value.kind === "ON_TARIFFS" && (
        <fieldset>
          <legend className="text-sm">{t("banners.audience.tariffs")}</legend>
          <ul className="mt-1 grid max-h-56 gap-1 overflow-y-auto sm:grid-cols-2">
            {choices.tariffs.map((tariff) => (
              <li key={tariff.id}>
                <label className="flex items-center gap-2">
                  <input
                    type="checkbox"
                    checked={value.tariffIds.includes(tariff.id)}
                    onChange={(e) => toggleTariff(tariff.id, e.target.checked)}
                  />
                  {name(tariff)}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {value.kind === "WITHOUT_OPTION" && (
        <div>
          <label htmlFor="banner-audience-option">{t("banners.audience.option")}</label>
          <select
            id="banner-audience-option"
            value={value.optionId}
            onChange={(e) => onChange({ ...value, optionId: e.target.value })}
            className={input}
          >
            <option value="">{t("banners.audience.chooseOption")}</option>
            {choices.options.map((option) => (
              <option key={option.id} value={option.id}>
                {name(option)}
              </option>
            ))}
          </select>
        </div>
      )}
      {value.kind === "LOW_BALANCE" && (
        <div>
          <label htmlFor="banner-audience-threshold">{t("banners.audience.threshold")}</label>
          <input
            id="banner-audience-threshold"
            type="number"
            inputMode="decimal"
            min={0}
            step="0.01"
            value={value.thresholdRubles}
            onChange={(e) => onChange({ ...value, thresholdRubles: e.target.value })}
            className={`${input} max-w-40`}
          />
        </div>
      )}
      {error && (
        <p id={errorId} role="alert" className="text-sm text-danger-strong">
          {error}
        </p>
      )}
    </fieldset>
  );
}
