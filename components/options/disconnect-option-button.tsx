"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useApiMutation } from "@/components/trpc/use-api-mutation";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

export function DisconnectOptionButton({ optionId, optionName }: { optionId: string; optionName: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const disconnect = useApiMutation((api) => api.options.disconnect, {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  const openDialog = () => {
    setKey(newIdempotencyKey());
    disconnect.reset();
    setOpen(true);
  };
  return (
    <>
      <button type="button" onClick={openDialog} className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {t("options.disconnect")}
        <span className="sr-only"> — {optionName}</span>
      </button>
      {open && (
        <ModalDialog title={t("options.disconnect")} onClose={() => setOpen(false)}>
          <p className="text-sm">{t("options.confirmDisconnect", { name: optionName })}</p>
          {disconnect.error && (
            <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "mt-3 text-sm")}>
              {errorMessage(disconnect.error, t)}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={disconnect.isPending}
              onClick={() => disconnect.mutate({ optionId, idempotencyKey, page: "options" })}
              className={buttonClasses({ variant: "danger" })}
            >
              {t("options.yesDisconnect")}
            </button>
            <button type="button" onClick={() => setOpen(false)} className={buttonClasses({ variant: "secondary" })}>
              {t("options.cancel")}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
