"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import type { AutopayState } from "@/server/domain/autopay/autopay-settings";
import { autopayProblem, type AutopayProblem } from "@/server/domain/autopay/autopay-rules";
import { MAX_TOP_UP, MIN_TOP_UP, parseRubles } from "@/server/domain/payments/top-up-amount";
import { buttonClasses } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { noticeClasses } from "@/components/ui/notice";

type Problem =
  AutopayProblem | { field: "threshold" | "topUpAmount"; problem: "EMPTY" | "NOT_A_NUMBER" | "TOO_PRECISE" };
const rubles = (kopecks: number | null | undefined) => (kopecks == null ? "" : String(kopecks / 100));

/** The card (save, remove), the two rules and switching autopay on and off; the server checks everything again. */
export function AutopayForm({ state, demo }: { state: AutopayState; demo: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const bounds = { min: formatMoney(MIN_TOP_UP, locale), max: formatMoney(MAX_TOP_UP, locale) };
  const rules = state.rules;
  const [thresholdOn, setThresholdOn] = useState(rules ? rules.threshold !== null : true);
  const [threshold, setThreshold] = useState(rubles(rules?.threshold));
  const [topUp, setTopUp] = useState(rubles(rules?.topUpAmount));
  const [monthly, setMonthly] = useState(rules?.monthlyCharge ?? false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [done, setDone] = useState<"saved" | "switchedOff" | null>(null);
  const options = (after: typeof done) => ({
    onSuccess: () => {
      setDone(after);
      router.refresh();
    },
  });
  const saveMethod = useApiMutation((api) => api.autopay.saveMethod, options(null));
  const removeMethod = useApiMutation((api) => api.autopay.removeMethod, options("switchedOff"));
  const save = useApiMutation((api) => api.autopay.save, options("saved"));
  const switchOff = useApiMutation((api) => api.autopay.switchOff, options("switchedOff"));
  const busy = saveMethod.isPending || removeMethod.isPending || save.isPending || switchOff.isPending;
  const failed = saveMethod.error ?? removeMethod.error ?? save.error ?? switchOff.error;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setDone(null);
    const amounts = { threshold: parseRubles(threshold), topUpAmount: parseRubles(topUp) };
    for (const field of ["threshold", "topUpAmount"] as const) {
      const parsed = amounts[field];
      if (thresholdOn && "problem" in parsed) return setProblem({ field, problem: parsed.problem });
    }
    const kopecks = (parsed: (typeof amounts)["threshold"]) => ("kopecks" in parsed ? parsed.kopecks : null);
    const choice = {
      threshold: thresholdOn ? kopecks(amounts.threshold) : null,
      topUpAmount: thresholdOn ? kopecks(amounts.topUpAmount) : null,
      monthlyCharge: monthly,
    };
    const found = autopayProblem(choice);
    setProblem(found);
    if (!found) save.mutate(choice);
  };
  const problemOf = (field: Problem["field"]) =>
    problem?.field === field ? t(`autopay.problem${problem.problem}`, bounds) : undefined;

  if (!state.method)
    return (
      <div className="mt-3 space-y-3">
        <p>{t("autopay.noCard")}</p>
        <button
          type="button"
          disabled={busy}
          onClick={() => saveMethod.mutate()}
          className={buttonClasses({ variant: "outline" })}
        >
          {busy ? t("autopay.linking") : t("autopay.linkCard")}
        </button>
        {demo && <p className="text-xs text-muted">{t("autopay.demoCardNote")}</p>}
        {failed && <Failure error={failed} />}
      </div>
    );

  const enabled = rules?.enabled ?? false;
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-4" data-testid="autopay-form">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium" data-testid="autopay-card">
          {t("autopay.card", { label: state.method.label })}
        </p>
        <button
          type="button"
          disabled={busy}
          onClick={() => removeMethod.mutate()}
          className={buttonClasses({ variant: "link" })}
        >
          {t("autopay.removeCard")}
        </button>
      </div>
      <p className="text-sm" data-testid="autopay-status">
        {enabled ? t("autopay.on") : t("autopay.off")}
      </p>
      <fieldset className="space-y-3">
        <label className="inline-flex min-h-11 items-center gap-2 font-medium">
          <input
            type="checkbox"
            className="size-5"
            checked={thresholdOn}
            onChange={(e) => setThresholdOn(e.target.checked)}
          />
          {t("autopay.thresholdRule")}
        </label>
        {thresholdOn && (
          <div className="grid gap-3 sm:grid-cols-2">
            <Field label={t("autopay.thresholdLabel")} hint={t("autopay.thresholdHint")} error={problemOf("threshold")}>
              {(control) => (
                <Input
                  {...control}
                  inputMode="decimal"
                  value={threshold}
                  onChange={(e) => setThreshold(e.target.value)}
                />
              )}
            </Field>
            <Field
              label={t("autopay.topUpLabel")}
              hint={t("autopay.topUpHint", bounds)}
              error={problemOf("topUpAmount")}
            >
              {(control) => (
                <Input {...control} inputMode="decimal" value={topUp} onChange={(e) => setTopUp(e.target.value)} />
              )}
            </Field>
          </div>
        )}
        <label className="flex min-h-11 items-start gap-2">
          <input
            type="checkbox"
            className="mt-0.5 size-5 shrink-0"
            checked={monthly}
            onChange={(e) => setMonthly(e.target.checked)}
          />
          <span>
            <span className="block font-medium">{t("autopay.monthlyRule")}</span>
            <span className="block text-sm text-muted">{t("autopay.monthlyHint")}</span>
          </span>
        </label>
      </fieldset>
      {problem?.field === "rules" && (
        <p role="alert" className="text-sm text-danger">
          {t(`autopay.problem${problem.problem}`)}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button type="submit" disabled={busy} className={buttonClasses({ size: "lg" })}>
          {save.isPending ? t("autopay.saving") : enabled ? t("autopay.update") : t("autopay.save")}
        </button>
        {enabled && (
          <button
            type="button"
            disabled={busy}
            onClick={() => switchOff.mutate()}
            className={buttonClasses({ variant: "danger-outline", size: "lg" })}
          >
            {t("autopay.switchOff")}
          </button>
        )}
      </div>
      {done && (
        <p role="status" className={noticeClasses({ tone: "success" })}>
          {t(`autopay.${done}`)}
        </p>
      )}
      {failed && <Failure error={failed} />}
    </form>
  );
}

function Failure({ error }: { error: unknown }) {
  const t = useTranslations();
  return (
    <p role="alert" className={noticeClasses({ tone: "danger" })}>
      {errorMessage(error, t)}
    </p>
  );
}
