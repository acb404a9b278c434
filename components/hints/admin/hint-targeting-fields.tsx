"use client";

import { useTranslations } from "next-intl";
import { Field, Input, Select } from "@/components/ui/field";
import { actionFailures, hintPages, HINT_LIMITS } from "@/server/domain/hints/hint-targets";
import { hintConditions } from "@/server/domain/hints/account-conditions";
import type { HintDraft, HintField } from "./hint-draft";

type Props = {
  draft: HintDraft;
  set: <K extends keyof HintDraft>(key: K, value: HintDraft[K]) => void;
  problem: (field: HintField) => string | null;
};

/** Where and when the hint shows: pages, account state, failed action, priority. */
export function HintTargetingFields({ draft, set, problem }: Props) {
  const t = useTranslations();
  const pagesError = problem("pages");
  return (
    <>
      <fieldset aria-describedby={pagesError ? "hint-pages-error" : "hint-pages-hint"}>
        <legend className="text-sm font-medium text-ink">{t("hintEditor.field.pages")}</legend>
        <div id="hint-pages" tabIndex={-1} className="mt-1 grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-3">
          {hintPages.map((page) => (
            <label key={page} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={draft.pages.includes(page)}
                onChange={(e) =>
                  set("pages", e.target.checked ? [...draft.pages, page] : draft.pages.filter((p) => p !== page))
                }
              />
              {t(`codes.pages.${page}`)}
            </label>
          ))}
        </div>
        <p id="hint-pages-hint" className="mt-1 text-sm text-muted">
          {t("hintEditor.field.pagesHint")}
        </p>
        {pagesError && (
          <p id="hint-pages-error" className="mt-1 text-sm text-danger">
            {pagesError}
          </p>
        )}
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="hint-condition" label={t("hintEditor.field.condition")} error={problem("condition")}>
          {(control) => (
            <Select {...control} value={draft.condition} onChange={(e) => set("condition", e.target.value)}>
              <option value="">{t("hintEditor.field.anyCondition")}</option>
              {hintConditions.map((c) => (
                <option key={c} value={c}>
                  {t(`hintEditor.condition.${c}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="hint-failedAction"
          label={t("hintEditor.field.failedAction")}
          hint={t("hintEditor.field.failedActionHint")}
          error={problem("failedAction")}
        >
          {(control) => (
            <Select {...control} value={draft.failedAction} onChange={(e) => set("failedAction", e.target.value)}>
              <option value="">{t("hintEditor.field.noFailure")}</option>
              {Object.entries(actionFailures).map(([action, codes]) => (
                <optgroup key={action} label={t(`codes.actions.${action}` as "codes.actions.tariff.change")}>
                  {/* An error two actions share is one choice, under the first: the hint answers it on either page. */}
                  {codes
                    .filter((code) => !isListedEarlier(action, code))
                    .map((code) => (
                      <option key={code} value={code}>
                        {t(`errors.${code}`, { minutes: 1 })}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <Field
        id="hint-priority"
        label={t("hintEditor.field.priority")}
        hint={t("hintEditor.field.priorityHint", { max: HINT_LIMITS.priorityMax })}
        error={problem("priority")}
      >
        {(control) => (
          <Input
            {...control}
            type="number"
            inputMode="numeric"
            min={0}
            max={HINT_LIMITS.priorityMax}
            step={1}
            value={draft.priority}
            onChange={(e) => set("priority", e.target.value)}
            className="max-w-32"
          />
        )}
      </Field>
    </>
  );
}

const actions = Object.keys(actionFailures) as Array<keyof typeof actionFailures>;
function isListedEarlier(action: string, code: string) {
  return actions
    .slice(0, actions.indexOf(action as keyof typeof actionFailures))
    .some((a) => (actionFailures[a] as readonly string[]).includes(code));
}
