"use client";

import { useTranslations } from "next-intl";
import { buttonClasses } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";

/** Any unexpected failure: a readable message and a retry, never the error itself. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <section role="alert" className="mx-auto max-w-md py-10 text-center">
      <p className="text-lg">{t("errors.INTERNAL")}</p>
      <button type="button" onClick={reset} className={cn(buttonClasses(), "mt-4")}>
        {t("errors.retry")}
      </button>
    </section>
  );
}
