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

/** The price today (connection + the month's rest) and any option it replaces, before confirming. */
// Fetched when it opens (the button loads it lazily), with the tRPC client its preview is read through.
export const ConnectOptionDialog = withTrpcProvider(function ConnectOptionDialogBody({
  optionId,
  optionName,
  onClose,
}: {
  optionId: string;
  optionName: string;
  onClose: () => void;
}) {
  const t = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const router = useRouter();
  const [idempotencyKey] = useState(newIdempotencyKey);
  const preview = useQuery(trpc.options.previewConnect.queryOptions({ optionId }, { staleTime: 0 }));
  // A refusal changes which hints fit the page (the last failed action), so the page is rendered again.
  const connect = useMutation(
    trpc.options.connect.mutationOptions({
      onError: () => router.refresh(),
    }),
  );
  const money = (k: number) => formatMoney(k, locale);
  const close = () => {
    if (connect.isSuccess) router.refresh();
    onClose();
  };
  const p = preview.data;
  const replacing = p ? p.replaces.map((o) => localizedName(o, locale)).join(", ") : "";

  return (
    <ModalDialog title={t("options.confirmConnect", { name: optionName })} onClose={close}>
      {preview.isPending && <p role="status">{t("tariffs.loading")}</p>}
      {preview.error && (
        <p role="alert" className="text-danger-strong">
          {errorMessage(preview.error, t)}
        </p>
      )}
      {connect.isSuccess ? (
        <div className="space-y-3">
          <p role="status" className={noticeClasses({ tone: "success" })}>
            {t("options.connectedDone", { amount: money(connect.data.charged) })}
          </p>
          <button type="button" autoFocus onClick={close} className={buttonClasses()}>
            {t("tariffs.close")}
          </button>
        </div>
      ) : (
        p && (
          <div className="space-y-3 text-sm">
            <p>
              {t("options.chargeToday")}: <strong data-testid="charge-today">{money(p.chargeToday)}</strong>
              <span className="block text-muted">
                {t("options.chargeBreakdown", { fee: money(p.connectionFee), monthly: money(p.proratedMonthlyFee) })}
              </span>
            </p>
            <p>
              {t("options.balanceAfter")}: {money(p.balanceAfter)}
            </p>
            {replacing && (
              <p className={noticeClasses({ tone: "warning" })}>{t("options.replaceWarning", { names: replacing })}</p>
            )}
            {p.refusal && p.refusal !== "OPTION_CONFLICT" && (
              <p role="alert" className={noticeClasses({ tone: "warning" })}>
                {t(`errors.${p.refusal}`)}{" "}
                {p.refusal === "INSUFFICIENT_FUNDS" && t("tariffs.topUpHint", { amount: money(-p.balanceAfter) })}
              </p>
            )}
            {connect.error && (
              <p role="alert" className={noticeClasses({ tone: "danger" })}>
                {errorMessage(connect.error, t)}
              </p>
            )}
            <div className="flex flex-wrap gap-2">
              <button
                type="button"
                disabled={connect.isPending}
                onClick={() =>
                  connect.mutate({ optionId, replace: p.replaces.length > 0, idempotencyKey, page: "options" })
                }
                className={buttonClasses()}
              >
                {replacing ? t("options.confirmReplace") : t("options.confirm")}
              </button>
              <button type="button" onClick={close} className={buttonClasses({ variant: "secondary" })}>
                {t("options.cancel")}
              </button>
            </div>
          </div>
        )
      )}
    </ModalDialog>
  );
});
