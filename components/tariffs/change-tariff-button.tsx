"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ChangeTariffDialog } from "./change-tariff-dialog";

export function ChangeTariffButton({ tariffId, tariffName }: { tariffId: string; tariffName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
      >
        {t("tariffs.choose")}
        <span className="sr-only"> — {tariffName}</span>
      </button>
      {open && <ChangeTariffDialog tariffId={tariffId} tariffName={tariffName} onClose={() => setOpen(false)} />}
    </>
  );
}
