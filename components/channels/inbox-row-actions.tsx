"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

const button = cn(buttonClasses({ variant: "secondary", size: "sm" }), "py-1");

/** Test the connection, disable (after a confirmation) or enable one inbox; the table reloads after a change. */
export function InboxRowActions({ inbox }: { inbox: { id: string; name: string; enabled: boolean } }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const test = useMutation(trpc.channels.testConnection.mutationOptions({ onSettled: () => router.refresh() }));
  const setEnabled = useMutation(
    trpc.channels.setEnabled.mutationOptions({
      onSuccess: () => {
        setConfirming(false);
        router.refresh();
      },
    }),
  );
  const name = <span className="sr-only"> — {inbox.name}</span>;
  const result = test.data;
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      <button
        type="button"
        className={button}
        disabled={test.isPending}
        onClick={() => test.mutate({ inboxId: inbox.id })}
      >
        {t("channels.test")}
        {name}
      </button>
      {inbox.enabled ? (
        <button type="button" className={button} onClick={() => setConfirming(true)}>
          {t("channels.disable")}
          {name}
        </button>
      ) : (
        <button
          type="button"
          className={button}
          disabled={setEnabled.isPending}
          onClick={() => setEnabled.mutate({ inboxId: inbox.id, enabled: true })}
        >
          {t("channels.enable")}
          {name}
        </button>
      )}
      <p role="status" className="w-full text-sm" data-testid="inbox-test-result">
        {result?.ok && (
          <span className="text-success">
            {t("channels.testOk", { name: [result.account.name, result.account.handle].filter(Boolean).join(" ") })}
          </span>
        )}
        {result && !result.ok && (
          <span className="text-danger">
            {t("channels.testFailed", { reason: t(`delivery.reason.${result.reason}`) })}
          </span>
        )}
        {test.error && <span className="text-danger">{errorMessage(test.error, t)}</span>}
      </p>
      {setEnabled.error && !confirming && (
        <p role="alert" className="w-full text-sm text-danger">
          {errorMessage(setEnabled.error, t)}
        </p>
      )}
      {confirming && (
        <ModalDialog title={t("channels.disable")} onClose={() => setConfirming(false)}>
          <p className="text-sm">{t("channels.confirmDisable", { name: inbox.name })}</p>
          {setEnabled.error && (
            <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "mt-3 text-sm")}>
              {errorMessage(setEnabled.error, t)}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={setEnabled.isPending}
              onClick={() => setEnabled.mutate({ inboxId: inbox.id, enabled: false })}
              className={buttonClasses({ variant: "danger" })}
            >
              {t("channels.yesDisable")}
            </button>
            <button
              type="button"
              onClick={() => setConfirming(false)}
              className={buttonClasses({ variant: "secondary" })}
            >
              {t("channels.cancel")}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
