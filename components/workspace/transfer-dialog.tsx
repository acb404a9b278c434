"use client";

import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { WorkspaceView } from "./workspace-types";
import { buttonClasses } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/field";
import { cn } from "@/components/ui/cn";

const QUEUE = "queue";

/** To a colleague below their limit, or back to the queue; the note is for staff only. */
export function TransferDialog({
  chatId,
  currentOperatorId,
  operators,
  onClose,
  onDone,
}: {
  chatId: string;
  currentOperatorId: string | null;
  operators: WorkspaceView["operators"];
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useTranslations();
  const trpc = useTRPC();
  const [to, setTo] = useState(QUEUE);
  const [note, setNote] = useState("");
  const transfer = useMutation(trpc.workspace.transfer.mutationOptions({ onSuccess: onDone }));
  const candidates = operators.filter((o) => o.id !== currentOperatorId && o.presence !== "OFFLINE");
  return (
    <ModalDialog title={t("workspace.transferTitle")} onClose={onClose}>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          transfer.mutate({ chatId, toOperatorId: to === QUEUE ? null : to, note });
        }}
      >
        <label className="block text-sm">
          {t("workspace.transferTo")}
          <select
            value={to}
            onChange={(e) => setTo(e.target.value)}
            className={cn(controlClasses, "px-2 py-1.5 text-sm")}
          >
            <option value={QUEUE}>{t("workspace.transferToQueue")}</option>
            {candidates.map((o) => (
              <option key={o.id} value={o.id} disabled={o.active >= o.chatLimit}>
                {o.fullName} · {t(`workspace.presence.${o.presence}`)} ·{" "}
                {t("workspace.operatorsLoad", { active: o.active, limit: o.chatLimit })}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          {t("workspace.transferNote")}
          <textarea
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            className={cn(controlClasses, "px-2 py-1.5 text-sm")}
          />
        </label>
        {transfer.isError && (
          <p role="alert" className="text-sm text-danger">
            {errorMessage(transfer.error, t)}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" onClick={onClose} className={buttonClasses({ variant: "secondary", size: "sm" })}>
            {t("workspace.cancel")}
          </button>
          <button type="submit" disabled={transfer.isPending} className={buttonClasses({ size: "sm" })}>
            {t("workspace.transferSubmit")}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
