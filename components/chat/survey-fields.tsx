"use client";

import { Star } from "lucide-react";
import { useTranslations } from "next-intl";
import { RadioChip } from "@/components/ui/chip";

const SCORES = [1, 2, 3, 4, 5] as const;
const CES = [1, 2, 3, 4, 5, 6, 7] as const;
const NPS = Array.from({ length: 11 }, (_, i) => i);
const star =
  "relative flex cursor-pointer items-center justify-center rounded-md border has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand";

/** "Was your question resolved?" yes / no. */
export function ResolvedField({ value, onChange }: { value: boolean | null; onChange: (v: boolean) => void }) {
  const t = useTranslations();
  return (
    <fieldset className="mt-3">
      <legend>{t("chat.surveyResolved")}</legend>
      <div className="mt-1 flex gap-2">
        {([true, false] as const).map((answer) => (
          <RadioChip
            key={String(answer)}
            name="chat-resolved"
            value={String(answer)}
            checked={value === answer}
            onChange={() => onChange(answer)}
          >
            {answer ? t("chat.botYes") : t("chat.botNo")}
          </RadioChip>
        ))}
      </div>
    </fieldset>
  );
}

/** CES: 1 (very hard) … 7 (very easy). */
export function EffortField({ value, onChange }: { value: number | null; onChange: (v: number) => void }) {
  const t = useTranslations();
  return (
    <fieldset className="mt-3">
      <legend>{t("chat.surveyEffort")}</legend>
      <div className="mt-1 grid grid-cols-7 gap-1">
        {CES.map((n) => (
          <RadioChip key={n} shape="cell" name="chat-ces" value={n} checked={value === n} onChange={() => onChange(n)}>
            {n}
          </RadioChip>
        ))}
      </div>
      <p className="mt-1 flex justify-between text-xs text-muted" aria-hidden>
        <span>{t("chat.surveyEffortHard")}</span>
        <span>{t("chat.surveyEffortEasy")}</span>
      </p>
    </fieldset>
  );
}

/** CSI: 1–5 stars for the operator. */
export function ScoreField({ value, onChange }: { value: number | null; onChange: (v: number) => void }) {
  const t = useTranslations();
  return (
    <fieldset className="mt-3">
      <legend>{t("chat.rateScore")}</legend>
      <div className="mt-1 flex gap-1">
        {SCORES.map((n) => (
          <label
            key={n}
            className={`${star} h-10 w-10 ${value !== null && n <= value ? "border-amber-400 text-amber-500" : "border-line text-muted"}`}
          >
            <input
              type="radio"
              name="chat-score"
              value={n}
              checked={value === n}
              onChange={() => onChange(n)}
              className="sr-only"
            />
            <Star className="size-6" fill={value !== null && n <= value ? "currentColor" : "none"} />
            <span className="sr-only">{t("chat.rateStar", { score: n })}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** NPS: 0–10 "would you recommend". */
export function NpsField({ value, onChange }: { value: number | null; onChange: (v: number) => void }) {
  const t = useTranslations();
  return (
    <fieldset className="mt-3">
      <legend>{t("chat.rateNps")}</legend>
      <div className="mt-1 grid grid-cols-6 gap-1 sm:grid-cols-11">
        {NPS.map((n) => (
          <RadioChip key={n} shape="cell" name="chat-nps" value={n} checked={value === n} onChange={() => onChange(n)}>
            {n}
          </RadioChip>
        ))}
      </div>
    </fieldset>
  );
}
