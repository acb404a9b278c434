"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ChangeTariffDialog } from "./change-tariff-dialog";
import { buttonClasses } from "@/components/ui/button";

export function ChangeTariffButton({ tariffId, tariffName }: { tariffId: string; tariffName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses()}>
        {t("tariffs.choose")}
        <span className="sr-only"> — {tariffName}</span>
      </button>
      {open && <ChangeTariffDialog tariffId={tariffId} tariffName={tariffName} onClose={() => setOpen(false)} />}
    </>
  );
}
