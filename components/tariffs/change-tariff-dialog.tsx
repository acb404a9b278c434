"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatMoney } from "@/i18n/format";
import { localizedName } from "@/i18n/locales";
import { useTRPC, withTrpcProvider } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

/** Shows exactly what the switch does (today's charge, the next one, options switched off) before it happens. */
// Fetched when it opens (the button loads it lazily), with the tRPC client its preview is read through.
export const ChangeTariffDialog = withTrpcProvider(function ChangeTariffDialogBody({
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
        <p role="alert" className="text-danger-strong">
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
                      {localizedName(o, locale)} — {t(`tariffs.reason${o.reason}`)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          )}
        </dl>
      )}
      {p?.refusal && !change.isSuccess && (
        <p role="alert" className={cn(noticeClasses({ tone: "warning" }), "mt-3 text-sm")}>
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
              <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "w-full text-sm")}>
                {errorMessage(change.error, t)}
              </p>
            )}
            <button
              type="button"
              disabled={!p || change.isPending}
              onClick={() => change.mutate({ tariffId, idempotencyKey, page: "tariffs" })}
              className={buttonClasses()}
            >
              {t("tariffs.confirm")}
            </button>
            <button type="button" onClick={close} className={buttonClasses({ variant: "secondary" })}>
              {t("tariffs.cancel")}
            </button>
          </div>
        )}
      </div>
    </ModalDialog>
  );
});

function ChangeOutcomeSuccess({ text, onClose }: { text: string; onClose: () => void }) {
  const t = useTranslations();
  return (
    <div className="space-y-3">
      <p role="status" className={noticeClasses({ tone: "success" })}>
        {text}
      </p>
      <button type="button" autoFocus onClick={onClose} className={buttonClasses()}>
        {t("tariffs.close")}
      </button>
    </div>
  );
}
