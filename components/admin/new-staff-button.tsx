"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { StaffFormDialog } from "./staff-form-dialog";

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
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("staff.newMember")}
      </button>
      <p role="status" className="text-sm text-emerald-800">
        {created && t("staff.created", { name: created })}
      </p>
      {open && <StaffFormDialog onClose={() => setOpen(false)} onSaved={setCreated} />}
    </div>
  );
}
