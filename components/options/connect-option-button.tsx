"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConnectOptionDialog } from "./connect-option-dialog";

export function ConnectOptionButton({ optionId, optionName }: { optionId: string; optionName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("options.connect")}
        <span className="sr-only"> — {optionName}</span>
      </button>
      {open && <ConnectOptionDialog optionId={optionId} optionName={optionName} onClose={() => setOpen(false)} />}
    </>
  );
}
