"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { isLocale, locales, type Locale } from "@/i18n/locales";

const labels = { ru: "Русский", en: "English" } as const;

export function LanguageSwitch() {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  // The tRPC client is fetched on the change itself: every page shows this switch, few readers use it.
  // A switch that fails leaves the language as it was, which the select then shows again.
  const switchTo = (next: Locale) =>
    startTransition(async () => {
      try {
        const { trpcClient } = await import("@/components/trpc/vanilla-client");
        await trpcClient.preferences.setLocale.mutate({ locale: next });
        router.refresh();
      } catch {
        router.refresh();
      }
    });
  return (
    <label className="flex items-center gap-1">
      <span className="sr-only">{t("nav.language")}</span>
      <select
        value={locale}
        disabled={pending}
        onChange={(e) => isLocale(e.target.value) && switchTo(e.target.value)}
        className="rounded border border-line bg-surface px-2 py-1"
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {labels[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
