"use client";

import { useLocale } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";
import { ToggleChip } from "@/components/ui/chip";

/**
 * A money amount typed in rubles, with its hint, its problem (announced) and quick amounts to pick:
 * the top-up and the promised-payment forms. Texts come translated; amounts are kopecks.
 */
export function AmountField({
  id,
  label,
  hint,
  problem,
  value,
  onChange,
  quickLegend,
  quick,
  selected,
}: {
  id: string;
  label: string;
  hint: string;
  problem: string | null;
  value: string;
  onChange: (text: string) => void;
  quickLegend: string;
  quick: readonly number[];
  /** The amount typed, when it is one, so its chip shows pressed. */
  selected: number | null;
}) {
  const locale = useLocale();
  return (
    <>
      <div>
        <label htmlFor={id} className="block text-sm font-medium">
          {label}
        </label>
        <input
          id={id}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-hint ${id}-problem` : `${id}-hint`}
          className={cn(controlClasses, "max-w-xs text-lg")}
        />
        <p id={`${id}-hint`} className="mt-1 text-sm text-muted">
          {hint}
        </p>
        {problem && (
          <p id={`${id}-problem`} role="alert" className="mt-1 text-sm text-danger">
            {problem}
          </p>
        )}
      </div>
      <fieldset>
        <legend className="sr-only">{quickLegend}</legend>
        <div className="flex flex-wrap gap-2">
          {quick.map((kopecks) => (
            <ToggleChip key={kopecks} onClick={() => onChange(String(kopecks / 100))} pressed={selected === kopecks}>
              {formatMoney(kopecks, locale)}
            </ToggleChip>
          ))}
        </div>
      </fieldset>
    </>
  );
}
