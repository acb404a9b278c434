"use client";

import { useI18n } from "@/components/i18n/i18n-provider";

/** Any unexpected failure: a readable message and a retry, never the error itself. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { t } = useI18n();
  return (
    <section role="alert" className="mx-auto max-w-md py-10 text-center">
      <p className="text-lg">{t("errors.INTERNAL")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded-md bg-brand-600 px-4 py-2 text-white">
        {t("errors.retry")}
      </button>
    </section>
  );
}
