"use client";

import { lazy, Suspense, useState } from "react";
import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";

// The dialog and React Query, which reads its preview, are fetched on the click: the page loads without them.
const ConnectOptionDialog = lazy(() =>
  import("./connect-option-dialog").then((module) => ({ default: module.ConnectOptionDialog })),
);

export function ConnectOptionButton({ optionId, optionName }: { optionId: string; optionName: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={buttonClasses()}>
        {t("options.connect")}
        <span className="sr-only"> — {optionName}</span>
      </button>
      {open && (
        <Suspense fallback={null}>
          <ConnectOptionDialog optionId={optionId} optionName={optionName} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
