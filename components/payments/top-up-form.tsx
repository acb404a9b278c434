"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import {
  MAX_TOP_UP,
  MIN_TOP_UP,
  parseRubles,
  QUICK_TOP_UPS,
  topUpAmountProblem,
} from "@/server/domain/payments/top-up-amount";
import { AmountField } from "./amount-field";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";

/** Amount in kopecks, or the reason it cannot be paid. */
function readAmount(text: string) {
  const parsed = parseRubles(text);
  if ("problem" in parsed) return { problem: parsed.problem } as const;
  const problem = topUpAmountProblem(parsed.kopecks);
  return problem ? ({ problem } as const) : ({ kopecks: parsed.kopecks } as const);
}

/**
 * One idempotency key per payment attempt: a double click or a retry after a lost answer
 * reuses it and pays once; a new key is drawn only when the amount changes or the last
 * attempt got a definite answer.
 */
export function TopUpForm({ demo, blocked }: { demo: boolean; blocked: boolean }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const [text, setText] = useState("");
  const [showProblem, setShowProblem] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const [blockedBefore, setBlockedBefore] = useState(blocked);
  const topUp = useApiMutation((api) => api.payments.topUp, {
    onSuccess: (result) => {
      setKey(newIdempotencyKey());
      if (result.status === "SUCCEEDED") {
        setText("");
        router.refresh();
      }
    },
  });
  const amount = readAmount(text);

  const change = (value: string) => {
    setText(value);
    setShowProblem(false);
    if (!topUp.isPending) {
      setKey(newIdempotencyKey());
      topUp.reset();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (topUp.isPending) return;
    if ("problem" in amount) {
      setShowProblem(true);
      return;
    }
    setBlockedBefore(blocked);
    topUp.mutate({ amount: amount.kopecks, idempotencyKey: key, page: "payments" });
  };

  const problem = showProblem && "problem" in amount ? amount.problem : null;
  const result = topUp.data;
  return (
    <form onSubmit={submit} noValidate className="space-y-3" data-testid="top-up-form">
      <AmountField
        id="top-up-amount"
        label={t("payments.amountLabel")}
        hint={t("payments.amountHint", { min: money(MIN_TOP_UP), max: money(MAX_TOP_UP) })}
        problem={problem ? t(`payments.amount${problem}`, { min: money(MIN_TOP_UP), max: money(MAX_TOP_UP) }) : null}
        value={text}
        onChange={change}
        quickLegend={t("payments.quickAmounts")}
        quick={QUICK_TOP_UPS}
        selected={amount.kopecks ?? null}
      />
      <button type="submit" disabled={topUp.isPending} className={buttonClasses({ size: "lg" })}>
        {topUp.isPending ? t("payments.paying") : t("payments.submit")}
      </button>
      {demo && <p className="text-xs text-muted">{t("payments.demoNote")}</p>}
      {result?.status === "SUCCEEDED" && (
        <p role="status" className={noticeClasses({ tone: "success" })}>
          {t("payments.succeeded", { amount: money(result.amount), balance: money(result.balance) })}
          {blockedBefore && result.accountStatus === "ACTIVE" && ` ${t("payments.unblocked")}`}
        </p>
      )}
      {result?.status === "FAILED" && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {t("payments.declined", { amount: money(result.amount) })}
        </p>
      )}
      {topUp.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(topUp.error, t)}
        </p>
      )}
    </form>
  );
}
