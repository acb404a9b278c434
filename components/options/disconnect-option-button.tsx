"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { newIdempotencyKey } from "@/components/ui/new-idempotency-key";

export function DisconnectOptionButton({ optionId, optionName }: { optionId: string; optionName: string }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [idempotencyKey, setKey] = useState(newIdempotencyKey);
  const disconnect = useMutation(
    trpc.options.disconnect.mutationOptions({
      onSuccess: () => {
        setOpen(false);
        router.refresh();
      },
    }),
  );
  const openDialog = () => {
    setKey(newIdempotencyKey());
    disconnect.reset();
    setOpen(true);
  };
  return (
    <>
      <button
        type="button"
        onClick={openDialog}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
      >
        {t("options.disconnect")}
        <span className="sr-only"> — {optionName}</span>
      </button>
      {open && (
        <ModalDialog title={t("options.disconnect")} onClose={() => setOpen(false)}>
          <p className="text-sm">{t("options.confirmDisconnect", { name: optionName })}</p>
          {disconnect.error && (
            <p role="alert" className="mt-3 rounded-md bg-red-50 p-3 text-sm text-red-800">
              {errorMessage(disconnect.error, t)}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={disconnect.isPending}
              onClick={() => disconnect.mutate({ optionId, idempotencyKey, page: "options" })}
              className="rounded-md bg-red-700 px-4 py-2 text-sm font-medium text-white hover:bg-red-800 disabled:opacity-50"
            >
              {t("options.yesDisconnect")}
            </button>
            <button
              type="button"
              onClick={() => setOpen(false)}
              className="rounded-md border border-slate-300 px-4 py-2 text-sm hover:bg-slate-100"
            >
              {t("options.cancel")}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
