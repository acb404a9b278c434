"use client";

import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

// The dialog and React Query, which reads its preview, are fetched on the click: the page loads without them.
const ChangeTariffDialog = lazy(() =>
  import("./change-tariff-dialog").then((module) => ({ default: module.ChangeTariffDialog })),
);

export function ChangeTariffButton({ tariffId, tariffName }: { tariffId: string; tariffName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses()}>
        {t("tariffs.choose")}
        <span className="sr-only"> — {tariffName}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ChangeTariffDialog tariffId={tariffId} tariffName={tariffName} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
