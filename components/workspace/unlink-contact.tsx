"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { noticeClasses } from "@/components/ui/notice";

/**
 * Unlinks the chat's messenger contact from the subscriber account, after a confirmation that says what follows:
 * the chat ends and the contact's next messages come from a visitor. The server checks who may (the chat's
 * operator or a supervisor) and audits it.
 */
export function UnlinkContact({
  chatId,
  channel,
  accountNumber,
  onDone,
}: {
  chatId: string;
  /** The messenger's name in words. */
  channel: string;
  accountNumber: string;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [confirming, setConfirming] = useState(false);
  const unlink = useMutation(
    trpc.workspace.unlinkContact.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        onDone();
      },
    }),
  );
  return (
    <>
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className={cn(buttonClasses({ variant: "secondary", size: "sm" }), "px-2 py-1")}
      >
        {t("workspace.unlink.button")}
      </button>
      {confirming && (
        <ModalDialog title={t("workspace.unlink.title")} onClose={() => setConfirming(false)}>
          <p className="text-sm">{t("workspace.unlink.confirm", { channel, accountNumber })}</p>
          {unlink.error && (
            <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "mt-3 text-sm")}>
              {errorMessage(unlink.error, t)}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={unlink.isPending}
              onClick={() => unlink.mutate({ chatId })}
              className={buttonClasses({ variant: "danger" })}
            >
              {t("workspace.unlink.yes")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClasses({ variant: "secondary" })}
            >
              {t("workspace.cancel")}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
