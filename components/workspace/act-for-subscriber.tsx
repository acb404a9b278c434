"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import type { ChatDetailsView } from "./workspace-types";
import { buttonClasses } from "@/components/ui/button";
import { cardClasses } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { controlClasses } from "@/components/ui/field";
import { localizedName } from "@/i18n/locales";

type Offers = NonNullable<ChatDetailsView["account"]>["offers"];

/** Ask for consent in the chat, then change the tariff or connect an option for the subscriber. */
export function ActForSubscriber({
  chatId,
  consented,
  offers,
}: {
  chatId: string;
  consented: boolean;
  offers: Offers;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [choice, setChoice] = useState("");
  // One key per intended change: a double click or a retry changes once.
  const [key, setKey] = useState(newIdempotencyKey);
  const ask = useMutation(trpc.workspace.requestConsent.mutationOptions());
  const act = useMutation(
    trpc.workspace.actForSubscriber.mutationOptions({
      onSuccess: () => {
        setChoice("");
        setKey(newIdempotencyKey());
        void queryClient.invalidateQueries({ queryKey: trpc.workspace.details.queryKey({ chatId }) });
      },
    }),
  );
  const name = (o: { name: string; nameEn: string }) => localizedName(o, locale);
  const submit = () => {
    const [kind, id] = choice.split(":");
    if (!id) return;
    act.mutate({
      chatId,
      idempotencyKey: key,
      change: kind === "tariff" ? { kind: "tariff", tariffId: id } : { kind: "option", optionId: id, replace: true },
    });
  };
  return (
    <section
      className={cn(cardClasses({ padding: "none" }), "p-3 text-sm")}
      aria-labelledby="act-title"
      data-testid="act-for-subscriber"
    >
      <h3 id="act-title" className="mb-2 font-semibold">
        {t("workspace.actTitle")}
      </h3>
      {!consented && (
        <>
          <button
            type="button"
            onClick={() => ask.mutate({ chatId })}
            disabled={ask.isPending}
            className={cn(buttonClasses({ variant: "outline", size: "sm" }), "px-2 py-1")}
          >
            {t("workspace.askConsent")}
          </button>
          {ask.isSuccess && (
            <p role="status" className="mt-1 text-muted">
              {t("workspace.consentAsked")}
            </p>
          )}
        </>
      )}
      {consented && (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <p role="status" className="text-success">
            {t("workspace.consentGiven")}
          </p>
          <select
            value={choice}
            onChange={(e) => setChoice(e.target.value)}
            aria-label={t("workspace.actTitle")}
            data-testid="act-choice"
            className={cn(controlClasses, "mt-0 px-2 py-1.5 text-sm")}
          >
            <option value="">{t("workspace.choose")}</option>
            <optgroup label={t("workspace.actTariff")}>
              {offers.tariffs.map((o) => (
                <option key={o.id} value={`tariff:${o.id}`}>
                  {name(o)} · {formatMoney(o.monthlyFee, locale)}
                </option>
              ))}
            </optgroup>
            <optgroup label={t("workspace.actOption")}>
              {offers.options.map((o) => (
                <option key={o.id} value={`option:${o.id}`}>
                  {name(o)} · {formatMoney(o.monthlyFee, locale)}
                </option>
              ))}
            </optgroup>
          </select>
          <button type="submit" disabled={!choice || act.isPending} className={buttonClasses({ size: "sm" })}>
            {t("workspace.actSubmit")}
          </button>
          {act.isSuccess && (
            <p role="status" className="text-success">
              {t("workspace.actDone")}
            </p>
          )}
        </form>
      )}
      {(ask.isError || act.isError) && (
        <p role="alert" className="mt-1 text-danger">
          {errorMessage(ask.error ?? act.error, t)}
        </p>
      )}
    </section>
  );
}
