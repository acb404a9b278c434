"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { parseRubles } from "@/server/domain/payments/top-up-amount";
import type { PromisedPaymentOffer } from "@/server/domain/promised-payments/promised-payment-rules";
import { AmountField } from "@/components/payments/amount-field";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";

type Offer = Extract<PromisedPaymentOffer, { kind: "OFFER" }>;

type Amount = { kopecks: number } | { problem: "EMPTY" | "NOT_A_NUMBER" | "TOO_PRECISE" | "OUT_OF_RANGE" };

function readAmount(text: string, offer: Offer): Amount {
  const parsed = parseRubles(text);
  if ("problem" in parsed) return parsed;
  if (parsed.kopecks < offer.minAmount || parsed.kopecks > offer.maxAmount) return { problem: "OUT_OF_RANGE" };
  return parsed;
}

/**
 * The amount (the least that clears the debt is filled in) and one button. One idempotency key per
 * attempt, as in the top-up form: a double click or a retry takes one promised payment. Once taken,
 * the page refreshes and the card announces the open promised payment in place of this form.
 */
export function PromisedPaymentForm({ offer }: { offer: Offer }) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const [text, setText] = useState(String(offer.minAmount / 100));
  const [showProblem, setShowProblem] = useState(false);
  const [key, setKey] = useState(newIdempotencyKey);
  const take = useApiMutation((api) => api.promisedPayments.take, {
    onSuccess: () => router.refresh(),
    onError: () => setKey(newIdempotencyKey()),
  });
  const amount = readAmount(text, offer);
  const bounds = { min: money(offer.minAmount), max: money(offer.maxAmount) };
  const change = (value: string) => {
    setText(value);
    setShowProblem(false);
    if (!take.isPending) {
      setKey(newIdempotencyKey());
      take.reset();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (take.isPending) return;
    if ("problem" in amount) {
      setShowProblem(true);
      return;
    }
    take.mutate({ amount: amount.kopecks, idempotencyKey: key });
  };
  const problem = showProblem && "problem" in amount ? amount.problem : null;
  const quick = offer.minAmount === offer.maxAmount ? [offer.minAmount] : [offer.minAmount, offer.maxAmount];
  return (
    <form onSubmit={submit} noValidate className="mt-3 space-y-3" data-testid="promised-payment-form">
      <AmountField
        id="promised-amount"
        label={t("promisedPayments.amountLabel")}
        hint={t("promisedPayments.amountHint", bounds)}
        problem={problem && t(`promisedPayments.amount${problem}`, bounds)}
        value={text}
        onChange={change}
        quickLegend={t("promisedPayments.quickAmounts")}
        quick={quick}
        selected={"kopecks" in amount ? amount.kopecks : null}
      />
      <p className="text-sm text-muted">{t("promisedPayments.terms", { fee: money(offer.fee), days: offer.days })}</p>
      <button type="submit" disabled={take.isPending} className={buttonClasses({ size: "lg" })}>
        {take.isPending
          ? t("promisedPayments.taking")
          : t("promisedPayments.submit", { amount: "kopecks" in amount ? money(amount.kopecks) : "" })}
      </button>
      {take.error && (
        <p role="alert" className={noticeClasses({ tone: "danger" })}>
          {errorMessage(take.error, t)}
        </p>
      )}
    </form>
  );
}
