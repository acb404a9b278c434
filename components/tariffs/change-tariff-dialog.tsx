"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";

/** Shows exactly what the switch does (today's charge, the next one, options switched off) before it happens. */
export function ChangeTariffDialog({
  tariffId,
  tariffName,
  onClose,
}: {
  tariffId: string;
  tariffName: string;
  onClose: () => void;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const preview = useQuery(trpc.tariffs.previewChange.queryOptions({ tariffId }, { staleTime: 0 }));
  // A refusal changes which hints fit the page (the last failed action), so the page is rendered again.
  const change = useMutation(
    trpc.tariffs.change.mutationOptions({
      onError: () => router.refresh(),
    }),
  );
  const money = (kopecks: number) => formatMoney(kopecks, locale);
  const close = () => {
    if (change.isSuccess) router.refresh();
    onClose();
  };

  const p = preview.data;
  return (
    <ModalDialog title={t("tariffs.confirmTitle", { name: tariffName })} onClose={close}>
      {preview.isPending && <p role="status">{t("tariffs.loading")}</p>}
      {preview.error && (
        <p role="alert" className="text-red-800">
          {errorMessage(preview.error, t)}
        </p>
      )}
      {p && !change.isSuccess && (
        <dl className="space-y-2 text-sm">
          <div>
            <dt className="font-medium">{t("tariffs.chargeToday")}</dt>
            <dd data-testid="charge-today">
              <strong>{money(p.chargeToday)}</strong> — {t("tariffs.chargeTodayNote")}
            </dd>
          </div>
          <div>
            <dd>
              {t("tariffs.fromDate", {
                date: new Date(p.nextChargeAt).toLocaleDateString(locale),
                amount: money(p.nextMonthlyFee),
              })}
            </dd>
          </div>
          <div>
            <dt className="font-medium">{t("tariffs.balanceAfter")}</dt>
            <dd>{money(p.balanceAfter)}</dd>
          </div>
          {p.switchedOff.length > 0 && (
            <div>
              <dt className="font-medium">{t("tariffs.switchedOff")}</dt>
              <dd>
                <ul className="list-disc pl-5">
                  {p.switchedOff.map((o) => (
                    <li key={o.id}>
                      {locale === "ru" ? o.name : o.nameEn} — {t(`tariffs.reason${o.reason}`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {p?.refusal && !change.isSuccess && (
        <p role="alert" className="mt-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {t(`errors.${p.refusal}`)}{" "}
          {p.refusal === "INSUFFICIENT_FUNDS" && t("tariffs.topUpHint", { amount: money(-p.balanceAfter) })}
        </p>
      )}
      <div className="mt-4">
        {change.isSuccess ? (
          <ChangeOutcomeSuccess text={t("tariffs.done", { amount: money(change.data.charged) })} onClose={close} />
        ) : (
          <div className="flex flex-wrap gap-2">
            {change.error && (
              <p role="alert" className="w-full rounded-md bg-red-50 p-3 text-sm text-red-800">
                {errorMessage(change.error, t)}
              </p>
            )}
            <button
              type="button"
              disabled={!p || change.isPending}
              onClick={() => change.mutate({ tariffId, idempotencyKey, page: "tariffs" })}
              className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-50"
            >
              {t("tariffs.confirm")}
            </button>
            <button
              type="button"
              onClick={close}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100"
            >
              {t("tariffs.cancel")}
            </button>
          </div>
        )}
      </div>
    </ModalDialog>
  );
}

function ChangeOutcomeSuccess({ text, onClose }: { text: string; onClose: () => void }) {
  const t = useTranslations();
  return (
    <div className="space-y-3">
      <p role="status" className="rounded-md bg-emerald-50 p-3 text-emerald-900">
        {text}
      </p>
      <button
        type="button"
        autoFocus
        onClick={onClose}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white"
      >
        {t("tariffs.close")}
      </button>
    </div>
  );
}
