"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { StaffFormDialog } from "./staff-form-dialog";
import { buttonClasses } from "@/components/ui/button";

export function NewStaffButton() {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => {
          setCreated(null);
          setOpen(true);
        }}
        className={buttonClasses()}
      >
        {t("staff.newMember")}
      </button>
      <p role="status" className="text-sm text-success">
        {created && t("staff.created", { name: created })}
      </p>
      {open && <StaffFormDialog onClose={() => setOpen(false)} onSaved={setCreated} />}
    </div>
  );
}
