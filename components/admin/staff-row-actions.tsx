"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useTRPC } from "@/components/trpc/client";
import { errorMessage } from "@/components/trpc/error-message";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { StaffListItem } from "@/server/domain/staff/list-staff";
import { StaffFormDialog } from "./staff-form-dialog";
import { buttonClasses } from "@/components/ui/button";
import { noticeClasses } from "@/components/ui/notice";
import { cn } from "@/components/ui/cn";

const button = cn(buttonClasses({ variant: "secondary", size: "sm" }), "py-1");

/** Edit and disable/enable one member; an administrator cannot disable themselves, so they get no button. */
export function StaffRowActions({ member, isSelf }: { member: StaffListItem; isSelf: boolean }) {
  const t = useTranslations();
  const trpc = useTRPC();
  const router = useRouter();
  const [dialog, setDialog] = useState<"edit" | "disable" | null>(null);
  const setActive = useMutation(
    trpc.staff.setActive.mutationOptions({
      onSuccess: () => {
        setDialog(null);
        router.refresh();
      },
    }),
  );
  const name = <span className="sr-only"> — {member.fullName}</span>;
  return (
    <div className="mt-1 flex flex-wrap gap-2">
      <button type="button" onClick={() => setDialog("edit")} className={button}>
        {t("staff.edit")}
        {name}
      </button>
      {!isSelf && member.isActive && (
        <button
          type="button"
          onClick={() => {
            setActive.reset();
            setDialog("disable");
          }}
          className={button}
        >
          {t("staff.disable")}
          {name}
        </button>
      )}
      {!member.isActive && (
        <button
          type="button"
          disabled={setActive.isPending}
          onClick={() => setActive.mutate({ staffId: member.id, active: true })}
          className={button}
        >
          {t("staff.enable")}
          {name}
        </button>
      )}
      {setActive.error && dialog === null && (
        <p role="alert" className="w-full text-sm text-danger-strong">
          {errorMessage(setActive.error, t)}
        </p>
      )}
      {dialog === "edit" && <StaffFormDialog member={member} isSelf={isSelf} onClose={() => setDialog(null)} />}
      {dialog === "disable" && (
        <ModalDialog title={t("staff.disable")} onClose={() => setDialog(null)}>
          <p className="text-sm">{t("staff.confirmDisable", { name: member.fullName })}</p>
          {setActive.error && (
            <p role="alert" className={cn(noticeClasses({ tone: "danger" }), "mt-3 text-sm")}>
              {errorMessage(setActive.error, t)}
            </p>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={setActive.isPending}
              onClick={() => setActive.mutate({ staffId: member.id, active: false })}
              className={buttonClasses({ variant: "danger" })}
            >
              {t("staff.yesDisable")}
            </button>
            <button type="button" onClick={() => setDialog(null)} className={buttonClasses({ variant: "secondary" })}>
              {t("staff.cancel")}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
