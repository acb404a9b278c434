"use client";

import { useTranslations } from "next-intl";
// The classes alone: this boundary is in every route's first load, which carries no tailwind-merge.
import { buttonClasses } from "@/components/ui/button-classes";

/** Any unexpected failure: a readable message and a retry, never the error itself. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <section role="alert" className="mx-auto max-w-md py-10 text-center">
      <p className="text-lg">{t("errors.INTERNAL")}</p>
      <button type="button" onClick={reset} className={`${buttonClasses()} mt-4`}>
        {t("errors.retry")}
      </button>
    </section>
  );
}
