"use client";

import { useTranslations } from "next-intl";

/** Any unexpected failure: a readable message and a retry, never the error itself. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations();
  return (
    <section role="alert" className="mx-auto max-w-md py-10 text-center">
      <p className="text-lg">{t("errors.INTERNAL")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("errors.retry")}
      </button>
    </section>
  );
}
