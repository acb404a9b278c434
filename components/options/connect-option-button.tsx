"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConnectOptionDialog } from "./connect-option-dialog";
import { buttonClasses } from "@/components/ui/button";

export function ConnectOptionButton({ optionId, optionName }: { optionId: string; optionName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses()}>
        {t("options.connect")}
        <span className="sr-only"> — {optionName}</span>
      </button>
      {open && <ConnectOptionDialog optionId={optionId} optionName={optionName} onClose={() => setOpen(false)} />}
    </>
  );
}
